// Byte counts that the Lighthouse report prints beside its scores: the web app's initial JavaScript, and what
// on-the-fly compression does to the API's larger JSON answers.
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The client-rendered index of a build: index.csr.html when it also renders on the server (docs/adr/0035). */
export function clientIndex(distDir) {
  const csr = join(distDir, 'index.csr.html');
  return existsSync(csr) ? csr : join(distDir, 'index.html');
}

/**
 * The JavaScript a first visit must download before the app runs: the scripts and module preloads that the built
 * index.html names (lazy routes come later). gzip -9 is the figure the goal is stated in; brotli is what is sent.
 */
export function initialJs(distDir) {
  const index = readFileSync(clientIndex(distDir), 'utf8');
  const files = [...index.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1]);
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const file of files) {
    const bytes = readFileSync(join(distDir, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
    const sent = join(distDir, `${file}.br`);
    brotli += existsSync(sent)
      ? readFileSync(sent).length
      : brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return { files: files.length, raw, gzip, brotli };
}

/** Bytes on the wire for one GET, as the server sent them (no decoding), with the encoding it chose. */
function wireBytes(url, acceptEncoding) {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'Accept-Encoding': acceptEncoding } }, (res) => {
        let bytes = 0;
        res.on('data', (chunk) => (bytes += chunk.length));
        res.on('end', () => resolve({ bytes, encoding: res.headers['content-encoding'] ?? 'identity' }));
      })
      .on('error', reject);
  });
}

/**
 * For each URL: bytes without and with compression, and the CPU that compressing that body once costs with what the
 * server chose (the compression middleware's defaults: brotli quality 4, gzip level 6).
 */
export async function apiCompression(baseUrl, paths) {
  const rows = [];
  for (const path of paths) {
    const plain = await wireBytes(`${baseUrl}${path}`, 'identity');
    const packed = await wireBytes(`${baseUrl}${path}`, 'gzip, deflate, br');
    const body = Buffer.from(await (await fetch(`${baseUrl}${path}`)).arrayBuffer());
    const rounds = 200;
    const started = process.hrtime.bigint();
    const compress =
      packed.encoding === 'br'
        ? () => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } })
        : () => gzipSync(body, { level: 6 });
    for (let i = 0; i < rounds; i++) compress();
    const microseconds = Number(process.hrtime.bigint() - started) / 1000 / rounds;
    rows.push({ path, plain: plain.bytes, packed: packed.bytes, encoding: packed.encoding, microseconds });
  }
  return rows;
}
