import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export type Encoding = 'br' | 'gzip';

/** Suffixes of the files tools/web/precompress.mjs writes beside each built file. */
export const ENCODING_SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' };

/** Angular's output hashing: main-ABCD1234.js, chunk-…, styles-…, media/…; the name changes with the content. */
const HASHED = /^(?:media\/)?[^/]+-[A-Z0-9]{8}\.[a-z0-9]+$/;

/** Files whose name never changes, which the browser and the service worker must ask about every time. */
const ALWAYS_REVALIDATED = new Set([
  'index.html',
  'index.csr.html',
  'ngsw.json',
  'ngsw-worker.js',
  'safety-worker.js',
  'worker-basic.min.js',
  'manifest.webmanifest',
]);

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';
/** Unhashed files (icons, h5p-standalone): a new version reaches everyone within the hour. */
export const SHORT = 'public, max-age=3600';

/** `relPath` is relative to the build's root, with forward slashes. */
export function cacheControlFor(relPath: string): string {
  if (ALWAYS_REVALIDATED.has(relPath)) return REVALIDATE;
  return HASHED.test(relPath) ? IMMUTABLE : SHORT;
}

/**
 * The best encoding the client accepts among those on disk: the higher q-value, brotli on a tie (smaller). An
 * encoding is refused with q=0, explicitly or through `*;q=0`.
 */
export function pickEncoding(acceptEncoding: string | undefined, available: ReadonlySet<Encoding> | undefined) {
  if (!acceptEncoding || !available?.size) return null;
  const q = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    if (name) q.set(name.trim(), Number.isFinite(value) ? value : 0);
  }
  let best: Encoding | null = null;
  let bestQ = 0;
  for (const encoding of ['br', 'gzip'] as const) {
    const value = q.get(encoding) ?? q.get('*') ?? 0;
    if (available.has(encoding) && value > bestQ) [best, bestQ] = [encoding, value];
  }
  return best;
}

/**
 * The precompressed variants in the build, by the relative path of the file they encode. A variant older than its
 * file is left out: it would be from an earlier build.
 */
export function findPrecompressed(root: string): Map<string, Set<Encoding>> {
  const found = new Map<string, Set<Encoding>>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else
        for (const encoding of ['br', 'gzip'] as const) {
          const suffix = ENCODING_SUFFIX[encoding];
          if (!entry.name.endsWith(suffix)) continue;
          const original = path.slice(0, -suffix.length);
          const originalStat = statSync(original, { throwIfNoEntry: false });
          if (!originalStat?.isFile() || statSync(path).mtimeMs < originalStat.mtimeMs) continue;
          const rel = relative(root, original).split(sep).join('/');
          found.set(rel, (found.get(rel) ?? new Set<Encoding>()).add(encoding));
        }
    }
  };
  walk(root);
  return found;
}
