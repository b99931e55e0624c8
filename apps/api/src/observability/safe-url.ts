/**
 * The URL as logs and metrics may keep it: query values can carry names and citizen ID numbers (admin search),
 * and paths can carry ID numbers, so query values are dropped and long digit runs masked.
 */
export function safeUrl(url: string): string {
  const [path, query] = url.split('?', 2);
  const maskedPath = path.replace(/\d{9,}/g, '[redacted]');
  if (query === undefined) return maskedPath;
  const keys = query
    .split('&')
    .filter(Boolean)
    .map((pair) => `${pair.split('=', 1)[0].replace(/\d{9,}/g, '[redacted]')}=…`);
  return `${maskedPath}?${keys.join('&')}`;
}
