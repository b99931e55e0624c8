/** The export's file name, as the server names it: the title without diacritics ("Luyện tập" → "luyen-tap.h5p"). */
export function h5pFileName(title: string): string {
  const base = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
  return `${base || 'bai-hoc'}.h5p`;
}

/**
 * Hands a downloaded file to the browser as a download. The export needs the bearer token, so it cannot be a plain
 * link: it is fetched, then saved from a blob: URL.
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
