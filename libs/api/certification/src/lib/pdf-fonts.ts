import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// pdfmake 0.3 ships no type declarations; this is the part used here.
interface PdfMake {
  virtualfs: { writeFileSync(name: string, content: Buffer): void };
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(doc: object): { getBuffer(): Promise<Buffer> };
}
const pdfmake: PdfMake = require('pdfmake');

/**
 * DejaVu Serif (Bitstream Vera licence, assets/fonts/LICENSE-DejaVu.txt) covers every Vietnamese letter with its
 * tone marks; pdfmake's bundled Roboto would do too, but only through its browser virtual file system. Looked for
 * beside the bundle (copied there by the API's build) and in the source tree (tests, `nx serve`).
 */
function fontDir(): string {
  const candidates = [
    join(__dirname, 'assets', 'certification', 'fonts'),
    resolve(process.cwd(), 'libs', 'api', 'certification', 'assets', 'fonts'),
  ];
  const found = candidates.find((dir) => existsSync(join(dir, 'DejaVuSerif.ttf')));
  if (!found) throw new Error(`The documents' font DejaVuSerif.ttf is in none of ${candidates.join(', ')}.`);
  return found;
}

let ready = false;
/** pdfmake with the embedded fonts, fetching nothing a document names. */
export function pdfMake(): PdfMake {
  if (!ready) {
    const dir = fontDir();
    // Fonts go through pdfmake's in-memory file system, so the local-file policy below can refuse every path.
    for (const file of ['DejaVuSerif.ttf', 'DejaVuSerif-Bold.ttf'])
      pdfmake.virtualfs.writeFileSync(file, readFileSync(join(dir, file)));
    const [regular, bold] = ['DejaVuSerif.ttf', 'DejaVuSerif-Bold.ttf'];
    pdfmake.setFonts({ DejaVuSerif: { normal: regular, bold, italics: regular, bolditalics: bold } });
    // A document embeds only what is given here: no URL or file named in a document is ever fetched.
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy(() => false);
    ready = true;
  }
  return pdfmake;
}
