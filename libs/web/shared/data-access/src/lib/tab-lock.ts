/**
 * Runs `work` while no other tab of this origin runs work under the same `name` (Web Locks API), or at once where
 * the browser lacks it. Tabs share the refresh cookie: two refreshing at once would send the same token twice, and
 * the server reads a rotated token that comes back as theft and ends every session (docs/adr/0010).
 */
export function withTabLock<T>(name: string, work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  // request() resolves with what `work` resolves with; the DOM typings nest the promise.
  return locks ? (locks.request(name, work) as unknown as Promise<T>) : work();
}
