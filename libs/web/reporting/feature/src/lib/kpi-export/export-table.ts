import {
  KpiBreakdown,
  KpiCell,
  KpiCommuneRanking,
  KpiGroups,
  KpiReport,
  SUPPRESSED_TEXT,
  suppressed,
} from '@lc/shared-contracts';

export type ExportCell = string | number | null;

/** One flat table, the same for CSV and XLSX: a row per area (or breakdown group) and KPI. */
export interface ExportTable {
  title: string;
  columns: string[];
  rows: ExportCell[][];
}

/** What is on screen, in the order it is shown. */
export interface ExportInput {
  report: KpiReport;
  /** The city's communes as the ranked table shows them (filtered and sorted), else null. */
  communes: KpiCommuneRanking['rows'] | null;
  breakdown: KpiBreakdown | null;
  groups: KpiGroups | null;
}

export interface ExportLabels {
  title: string;
  /** Section, area, group, code, indicator, numerator, denominator, rate %, 2025 target %, 2030 target %. */
  columns: string[];
  summary: string;
  communes: string;
  breakdown: string;
  groups: string;
  lang: 'vi' | 'en';
  kpiName: (code: string) => string;
}

import { reportKpis } from '../kpi-format';

const percent = (v: number | null): number | null => (v === null ? null : Math.round(v * 1000) / 10);
/** Counts as the dashboard shows them: K3/K4 numerators are expected counts, to one decimal. */
const count = (n: number | null): ExportCell => (n === null ? SUPPRESSED_TEXT : Math.round(n * 10) / 10);

/**
 * Everything leaves the screen with counts under 10 withheld, exact city and commune figures included: an export is
 * shared beyond the analysts who may see them (PRODUCT.md §8). Cells the API already withheld stay withheld.
 */
export function exportTable(input: ExportInput, labels: ExportLabels): ExportTable {
  const rows: ExportCell[][] = [];
  const add = (
    section: string,
    area: string,
    group: string,
    cell: Omit<KpiCell, 'code'> & { code: string },
    t2025?: number | null,
    t2030?: number | null,
  ) =>
    rows.push([
      section,
      area,
      group,
      cell.code,
      labels.kpiName(cell.code),
      count(cell.numerator),
      count(cell.denominator),
      percent(cell.value),
      percent(t2025 ?? null),
      percent(t2030 ?? null),
    ]);
  const { report } = input;
  for (const kpi of reportKpis(report))
    add(labels.summary, report.areaName, '', suppressed(kpi), kpi.target2025, kpi.target2030);
  for (const row of input.communes ?? []) {
    for (const kpi of row.kpis) add(labels.communes, row.areaName, '', suppressed(kpi), kpi.target2025, kpi.target2030);
  }
  for (const row of input.breakdown?.rows ?? []) {
    for (const cell of row.kpis) add(labels.breakdown, report.areaName, row.label[labels.lang] || row.label.vi, cell);
  }
  for (const row of input.groups?.rows ?? []) {
    for (const cell of row.kpis) add(labels.groups, row.areaName, '', cell);
  }
  return { title: labels.title, columns: labels.columns, rows };
}

/** Text a spreadsheet would run as a formula gets a leading apostrophe (CSV injection). */
const safeText = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

function csvCell(cell: ExportCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const text = safeText(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 with a byte-order mark, so spreadsheet programs read the Vietnamese as UTF-8. */
export function toCsv(table: ExportTable): string {
  const lines = [table.columns, ...table.rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
