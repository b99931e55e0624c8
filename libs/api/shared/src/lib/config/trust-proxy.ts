import { isIP } from 'node:net';

/** What Express's `trust proxy` gets: nothing, a number of hops, or the proxies' addresses. */
export type TrustProxy = false | number | string[];

const NAMED = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * Refuses a TRUST_PROXY that would let clients choose their own address through X-Forwarded-For (`true`, `*`),
 * or that Express would not understand. Null when it is fine.
 */
export function trustProxyProblem(raw: string): string | null {
  const value = raw.trim();
  if (/^\d+$/.test(value))
    return Number(value) >= 1 && Number(value) <= 10 ? null : 'TRUST_PROXY as a number of hops must be 1–10';
  for (const entry of value.split(',').map((e) => e.trim())) {
    if (NAMED.has(entry)) continue;
    const [address, prefix, ...rest] = entry.split('/');
    const version = isIP(address);
    const prefixOk = prefix === undefined || (/^\d+$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128));
    if (!version || !prefixOk || rest.length)
      return `TRUST_PROXY: "${entry}" is not an address, a subnet, loopback, linklocal or uniquelocal`;
  }
  return null;
}

/** TRUST_PROXY as Express takes it; unset trusts no proxy, so X-Forwarded-For is ignored. */
export function trustProxy(raw: string | undefined): TrustProxy {
  if (raw === undefined || raw.trim() === '') return false;
  const problem = trustProxyProblem(raw);
  if (problem) throw new Error(problem);
  const value = raw.trim();
  return /^\d+$/.test(value) ? Number(value) : value.split(',').map((e) => e.trim());
}
