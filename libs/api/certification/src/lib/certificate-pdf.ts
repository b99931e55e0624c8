import type { Certificate } from '@lc/shared-contracts';
import { pdfMake } from './pdf-fonts';

export const date = (day: string) => day.split('-').reverse().join('/');

export interface CertificatePdfFacts extends Certificate {
  signerName: string;
}

/** The printable certificate as a PDF: national heading, holder, title, decision, signer, validity, code and QR. */
export function certificatePdf(c: CertificatePdfFacts): Promise<Buffer> {
  const fact = (label: string, value: string) => ({
    text: [{ text: `${label}: ` }, { text: value, bold: true }],
    margin: [0, 2, 0, 2],
  });
  return pdfMake()
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
