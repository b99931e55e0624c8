// Writes a .br (brotli, quality 11) and a .gz (gzip -9) beside every compressible file of the built web app, once
// per build, so that the API sends them as they are (apps/api/src/serve-web.ts) and spends no CPU per request.
// Run by `nx run web:build` after the Angular build: node tools/web/precompress.mjs [dist/apps/web/browser]
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const root = process.argv[2] ?? 'dist/apps/web/browser';
const COMPRESSIBLE = /\.(?:js|mjs|css|html|json|webmanifest|svg|txt|ico|map)$/;
// Below this a file fits in one TCP packet anyway.
const MIN_BYTES = 1024;
// A variant that saves less than this is not worth a second file (and a Vary) per request.
const MAX_RATIO = 0.9;

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (COMPRESSIBLE.test(entry.name) && statSync(path).size >= MIN_BYTES) yield path;
  }
}

const started = Date.now();
const totals = { files: 0, raw: 0, br: 0, gzip: 0 };
// zlib's async calls run on libuv's thread pool, so the files compress in parallel.
await Promise.all(
  [...walk(root)].map(async (path) => {
    const raw = readFileSync(path);
    const [br, gzip] = await Promise.all([
      brotli(raw, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        },
      }),
      gz(raw, { level: constants.Z_BEST_COMPRESSION }),
    ]);
    if (gzip.length > raw.length * MAX_RATIO) return;
    writeFileSync(`${path}.br`, br);
    writeFileSync(`${path}.gz`, gzip);
    totals.files++;
    totals.raw += raw.length;
    totals.br += br.length;
    totals.gzip += gzip.length;
  }),
);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `precompressed ${totals.files} files under ${relative(process.cwd(), root) || '.'}: ${kb(totals.raw)} → ` +
    `${kb(totals.br)} brotli, ${kb(totals.gzip)} gzip (${Date.now() - started} ms)`,
);
