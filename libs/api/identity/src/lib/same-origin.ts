import { CSRF_HEADER } from '@lc/shared-contracts';

/** What a request tells about where it was sent from; header names as Node gives them (lower case). */
export type RequestHeaders = Record<string, string | string[] | undefined>;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** `host[:port]` of a URL, or null if it is none. */
export function hostOf(url: string): string | null {
  try {
    return new URL(url).host || null;
  } catch {
    return null;
  }
}

/**
 * Why a request that uses or sets the refresh cookie may not have come from our own page, or null if it did
 * (docs/adr/0010). The custom header is what a page of another origin cannot add without a CORS preflight, which
 * this API never grants; sign-in goes without it (`needsHeader` false), since it reads no cookie and every client
 * calls it. Sec-Fetch-Site is the browser's own verdict, unaffected by proxies that rewrite Host; browsers without
 * it still send Origin on a POST. A request with neither comes from no browser, so it holds no victim's cookie.
 */
export function crossSiteProblem(
  headers: RequestHeaders,
  trustedHosts: readonly string[] = [],
  needsHeader = true,
): string | null {
  if (needsHeader && one(headers[CSRF_HEADER.toLowerCase()]) !== '1') return `no ${CSRF_HEADER}: 1 header`;
  const site = one(headers['sec-fetch-site']);
  if (site !== undefined) return site === 'same-origin' ? null : `Sec-Fetch-Site is ${site}`;
  const origin = one(headers['origin']);
  if (origin === undefined) return null;
  const host = hostOf(origin);
  const own = one(headers['host']);
  if (host !== null && (host === own || trustedHosts.includes(host))) return null;
  return `Origin ${origin} is not this site`;
}
