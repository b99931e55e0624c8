/**
 * Rows of a small CSV file (RFC 4180: fields in double quotes may hold commas and doubled quotes), header first.
 * The reference files are a few hundred lines, read once by the seed.
 */
export function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    if (!line.trim()) continue;
    const fields: string[] = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quoted && c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = !quoted;
      } else if (c === ',' && !quoted) {
        fields.push(field);
        field = '';
      } else {
        field += c;
      }
    }
    if (quoted) throw new Error(`Unclosed quote in CSV line: ${line.slice(0, 80)}`);
    fields.push(field);
    rows.push(fields);
  }
  return rows;
}
