import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Certificate } from '@lc/shared-contracts';

// pdfmake 0.3 ships no type declarations; this is the part used here.
interface PdfMake {
  virtualfs: { writeFileSync(name: string, content: Buffer): void };
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(doc: object): { getBuffer(): Promise<Buffer> };
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
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
  if (!found) throw new Error(`The certificate font DejaVuSerif.ttf is in none of ${candidates.join(', ')}.`);
  return found;
}

let ready = false;
function setUp(): PdfMake {
  if (!ready) {
    const dir = fontDir();
    // Fonts go through pdfmake's in-memory file system, so the local-file policy below can refuse every path.
    for (const file of ['DejaVuSerif.ttf', 'DejaVuSerif-Bold.ttf'])
      pdfmake.virtualfs.writeFileSync(file, readFileSync(join(dir, file)));
    const [regular, bold] = ['DejaVuSerif.ttf', 'DejaVuSerif-Bold.ttf'];
    pdfmake.setFonts({ DejaVuSerif: { normal: regular, bold, italics: regular, bolditalics: bold } });
    // A certificate embeds only what is given here: no URL or file named in a document is ever fetched.
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy(() => false);
    ready = true;
  }
  return pdfmake;
}

const date = (day: string) => day.split('-').reverse().join('/');

export interface CertificatePdfFacts extends Certificate {
  signerName: string;
}

/** The printable certificate as a PDF: national heading, holder, title, decision, signer, validity, code and QR. */
export function certificatePdf(c: CertificatePdfFacts): Promise<Buffer> {
  const fact = (label: string, value: string) => ({
    text: [{ text: `${label}: ` }, { text: value, bold: true }],
    margin: [0, 2, 0, 2],
  });
  return setUp()
    .createPdf({
      pageSize: 'A4',
      pageOrientation: 'landscape',
      pageMargins: [56, 40, 56, 40],
      info: { title: `Giấy chứng nhận Công dân học tập năm ${c.year} — ${c.code}`, creator: 'Cổng Công dân học tập' },
      defaultStyle: { font: 'DejaVuSerif', fontSize: 13, lineHeight: 1.2 },
      content: [
        { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true, alignment: 'center' },
        { text: 'Độc lập – Tự do – Hạnh phúc', bold: true, alignment: 'center', margin: [0, 0, 0, 16] },
        { text: `ỦY BAN NHÂN DÂN ${c.communeName.toUpperCase()}`, alignment: 'center' },
        { text: 'GIẤY CHỨNG NHẬN', bold: true, fontSize: 24, alignment: 'center', margin: [0, 16, 0, 0] },
        { text: 'CÔNG DÂN HỌC TẬP', bold: true, fontSize: 20, alignment: 'center', margin: [0, 0, 0, 16] },
        { text: 'Chứng nhận Ông/Bà', alignment: 'center' },
        { text: c.holderName, bold: true, fontSize: 20, alignment: 'center', margin: [0, 4, 0, 12] },
        fact('Nơi cư trú', c.communeName),
        fact('Đạt danh hiệu', `Công dân học tập năm ${c.year}`),
        fact('Theo Quyết định số', `${c.decisionNumber}, ngày ${date(c.decisionDate)}`),
        fact('Có giá trị đến', date(c.validUntil)),
        {
          columns: [
            {
              width: 'auto',
              stack: [
                { qr: c.verifyUrl, fit: 110, eccLevel: 'M' },
                { text: `Mã xác thực: ${c.code}`, fontSize: 11, margin: [0, 6, 0, 0] },
                { text: `Kiểm tra tại: ${c.verifyUrl}`, fontSize: 9 },
              ],
            },
            {
              width: '*',
              alignment: 'center',
              stack: [
                { text: `${c.communeName}, ngày ${date(c.decisionDate)}` },
                // The decision records who signed, not their office: the committee is whom they signed for.
                { text: 'TM. ỦY BAN NHÂN DÂN', bold: true, margin: [0, 4, 0, 0] },
                { text: c.signerName, bold: true, margin: [0, 48, 0, 0] },
              ],
            },
          ],
          margin: [0, 16, 0, 0],
        },
      ],
    })
    .getBuffer();
}
