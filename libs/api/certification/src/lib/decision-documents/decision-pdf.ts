import { date } from '../certificate-pdf';
import { pdfMake } from '../pdf-fonts';
import { ANNEX_COLUMNS, annexRows, annexTitle } from './decision-annex';
import type { DecisionFacts } from './decision-facts';

const cell = (value: string | number | null) => ({ text: value === null ? '' : String(value) });

/**
 * The decision as the commune files it: national heading, number and date, the articles recognising the people of
 * the annex, the signer, and the annex table on its own landscape page.
 */
export function decisionPdf(d: DecisionFacts): Promise<Buffer> {
  const committee = `ỦY BAN NHÂN DÂN ${d.communeName.toUpperCase()}`;
  const [title, subtitle] = annexTitle(d.year, d.number, d.signedOn, d.communeName);
  const article = (n: number, text: string) => ({
    text: [{ text: `Điều ${n}. `, bold: true }, text],
    margin: [0, 4, 0, 4],
  });
  return pdfMake()
    .createPdf({
      pageSize: 'A4',
      pageMargins: [56, 40, 40, 40],
      info: { title: `Quyết định số ${d.number}`, creator: 'Cổng Công dân học tập' },
      defaultStyle: { font: 'DejaVuSerif', fontSize: 12, lineHeight: 1.2 },
      content: [
        {
          columns: [
            { width: '40%', alignment: 'center', stack: [{ text: committee, bold: true }, `Số: ${d.number}`] },
            {
              width: '60%',
              alignment: 'center',
              stack: [
                { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true },
                { text: 'Độc lập – Tự do – Hạnh phúc', bold: true },
                { text: `${d.communeName}, ngày ${date(d.signedOn)}`, italics: true, margin: [0, 8, 0, 0] },
              ],
            },
          ],
        },
        { text: 'QUYẾT ĐỊNH', bold: true, fontSize: 16, alignment: 'center', margin: [0, 24, 0, 0] },
        { text: `Về việc công nhận danh hiệu "Công dân học tập" năm ${d.year}`, bold: true, alignment: 'center' },
        { text: committee, bold: true, alignment: 'center', margin: [0, 16, 0, 8] },
        'Căn cứ Bộ tiêu chí đánh giá, công nhận danh hiệu "Công dân học tập" và kết quả xác minh hồ sơ của công dân;',
        { text: 'QUYẾT ĐỊNH:', bold: true, alignment: 'center', margin: [0, 12, 0, 8] },
        article(
          1,
          `Công nhận danh hiệu "Công dân học tập" năm ${d.year} cho ${d.people.length} công dân có tên trong danh sách kèm theo Quyết định này.`,
        ),
        article(2, 'Quyết định có hiệu lực kể từ ngày ký.'),
        article(3, 'Các cá nhân có tên tại Điều 1 và các bộ phận liên quan chịu trách nhiệm thi hành Quyết định này.'),
        {
          alignment: 'center',
          margin: [240, 24, 0, 0],
          stack: [
            { text: 'TM. ỦY BAN NHÂN DÂN', bold: true },
            { text: d.signerName, bold: true, margin: [0, 56, 0, 0] },
          ],
        },
        { text: title, bold: true, alignment: 'center', pageBreak: 'before', pageOrientation: 'landscape' },
        { text: subtitle, italics: true, alignment: 'center', margin: [0, 0, 0, 12] },
        {
          fontSize: 10,
          table: {
            headerRows: 1,
            widths: ANNEX_COLUMNS.map((c) => (c.header === 'Họ và tên' || c.header === 'Ghi chú' ? '*' : 'auto')),
            body: [
              ANNEX_COLUMNS.map((c) => ({ text: c.header, bold: true, alignment: 'center' })),
              ...annexRows(d.people).map((row) => row.map(cell)),
            ],
          },
        },
      ],
    })
    .getBuffer();
}
