import { mkdtempSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IMMUTABLE, REVALIDATE, SHORT, cacheControlFor, findPrecompressed, pickEncoding } from './web-assets';

describe(cacheControlFor.name, () => {
  it('caches hashed build files for a year', () => {
    for (const path of ['main-5MT7JMYD.js', 'chunk-ESKTP7P4.js', 'styles-ALD3XGWA.css', 'media/logo-AB12CD34.svg']) {
      expect(cacheControlFor(path)).toBe(IMMUTABLE);
    }
  });

  it('has the browser ask again for the page and the service worker files', () => {
    for (const path of ['index.html', 'ngsw.json', 'ngsw-worker.js', 'manifest.webmanifest']) {
      expect(cacheControlFor(path)).toBe(REVALIDATE);
    }
  });

  it('keeps unhashed files an hour, even when a name looks hashed deeper down', () => {
    for (const path of ['favicon.ico', 'icons/icon-192.png', 'h5p-standalone/main.bundle.js', 'h5p/x-ABCD1234.js']) {
      expect(cacheControlFor(path)).toBe(SHORT);
    }
  });
});

describe(pickEncoding.name, () => {
  const both = new Set(['br', 'gzip'] as const);

  it('prefers brotli when the browser takes both, whatever their order', () => {
    expect(pickEncoding('gzip, deflate, br, zstd', both)).toBe('br');
  });

  it('follows q-values and refusals', () => {
    expect(pickEncoding('br;q=0.5, gzip', both)).toBe('gzip');
    expect(pickEncoding('gzip;q=0, br;q=0', both)).toBeNull();
    expect(pickEncoding('*;q=0', both)).toBeNull();
    expect(pickEncoding('*', both)).toBe('br');
  });

  it('sends what exists, or nothing encoded', () => {
    expect(pickEncoding('br, gzip', new Set(['gzip'] as const))).toBe('gzip');
    expect(pickEncoding('deflate', both)).toBeNull();
    expect(pickEncoding(undefined, both)).toBeNull();
    expect(pickEncoding('br', undefined)).toBeNull();
  });
});

describe(findPrecompressed.name, () => {
  it('finds the variants beside their files and leaves out those older than the file', () => {
    const root = mkdtempSync(join(tmpdir(), 'lc-assets-'));
    mkdirSync(join(root, 'h5p-standalone'));
    for (const name of ['main-AAAA1111.js', 'h5p-standalone/main.bundle.js', 'old-BBBB2222.js']) {
      writeFileSync(join(root, name), 'x');
      writeFileSync(join(root, `${name}.br`), 'x');
    }
    writeFileSync(join(root, 'main-AAAA1111.js.gz'), 'x');
    writeFileSync(join(root, 'orphan.js.br'), 'x');
    utimesSync(join(root, 'old-BBBB2222.js.br'), new Date(2000, 0, 1), new Date(2000, 0, 1));

    const found = findPrecompressed(root);

    expect([...found.keys()].sort()).toEqual(['h5p-standalone/main.bundle.js', 'main-AAAA1111.js']);
    expect([...(found.get('main-AAAA1111.js') ?? [])].sort()).toEqual(['br', 'gzip']);
  });
});
