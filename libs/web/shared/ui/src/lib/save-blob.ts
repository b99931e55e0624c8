/**
 * Hands a file made or fetched in the page to the browser as a download, from a blob: URL and a link the page never
 * shows (no inline script under the CSP). Used when a plain link cannot work: a bearer-token export, a file built
 * in the browser.
 */
export function saveBlob(blob: Blob, name: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  doc.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
