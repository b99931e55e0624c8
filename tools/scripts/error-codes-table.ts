/**
 * Prints the "Error codes" section of docs/api-overview.md from the catalogue, so the document never drifts from it
 * (apps/api/src/error-catalogue.spec.ts compares them). Run: npx tsx tools/scripts/error-codes-table.ts
 */
import { ERROR_CATALOGUE } from '../../libs/shared/contracts/src/lib/errors/error-catalogue';

const rows = Object.entries(ERROR_CATALOGUE).map(([code, text]) => [`\`${code}\``, text.en.replace(/\|/g, '\\|')]);
const width = [Math.max(4, ...rows.map((r) => r[0].length)), Math.max(7, ...rows.map((r) => r[1].length))];
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(width[i])).join(' | ')} |`;
console.log(
  [
    '## Error codes',
    '',
    'Every `code` the API sends, generated from the catalogue in `libs/shared/contracts/src/lib/errors` by',
    '`npx tsx tools/scripts/error-codes-table.ts` (a test fails when they differ). The catalogue holds each code’s',
    'Vietnamese and English text (docs/adr/0023-error-codes-in-the-readers-language.md). The web shows the API’s',
    '`message` to a Vietnamese reader, as it may name the file or the day, and the catalogue’s English to an English',
    'one; a code the catalogue lacks shows the API’s `message`. The English meaning:',
    '',
    line(['code', 'English']),
    line(['-'.repeat(width[0]), '-'.repeat(width[1])]),
    ...rows.map(line),
  ].join('\n'),
);
