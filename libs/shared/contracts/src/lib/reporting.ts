export type KpiCode = 'K1' | 'K3' | 'K4' | 'K4_OF_K3';

export interface KpiValue {
  code: KpiCode;
  /** K3, K4 (and K4_OF_K3's denominator): expected counts, sums of level probabilities (docs/adr/0030). */
  numerator: number;
  denominator: number;
  /** 0..1, null when the denominator is 0. */
  value: number | null;
  target2025: number | null;
  target2030: number | null;
  /** What the denominator counts, in words. */
  denominatorLabel: { vi: string; en: string };
}

export interface KpiReport {
  areaId: string;
  areaName: string;
  year: number;
  denominatorSource: 'population_figures' | 'registered_adults';
  kpis: KpiValue[];
  /** K2 and K0, counted over the imported rosters (absent from servers before them). */
  rosterKpis?: RosterKpiValue[];
  generatedAt: string;
}

/**
 * A KPI where few people are counted (a residential group, a breakdown cell): a count under 10 is withheld (null,
 * shown as "< 10"), and so is the value, which would reveal it.
 */
export interface KpiCell {
  code: KpiCode;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  suppressed: boolean;
}

export const KPI_DIMENSIONS = ['sex', 'age_band', 'population_group'] as const;
export type KpiDimension = (typeof KPI_DIMENSIONS)[number];

export interface KpiBreakdownRow {
  /** The stored value: `female`, `18-24`, `farmers`, `unknown`… */
  key: string;
  label: { vi: string; en: string };
  kpis: KpiCell[];
}

/**
 * One area's KPIs by sex, age band or population group. K1's denominator is registered adults, or loaded population
 * figures by sex or age band where every commune of the area has them (`denominatorSource`, absent from older servers).
 */
export interface KpiBreakdown {
  areaId: string;
  areaName: string;
  year: number;
  by: KpiDimension;
  denominatorSource?: KpiReport['denominatorSource'];
  rows: KpiBreakdownRow[];
}

/** Every commune of the city, for the ranked table: exact figures, each KPI beside its targets. */
export interface KpiCommuneRanking {
  year: number;
  rows: { areaId: string; areaName: string; denominatorSource: KpiReport['denominatorSource']; kpis: KpiValue[] }[];
}

/** A commune's residential groups, for that commune's officers only, with small counts withheld. */
export interface KpiGroups {
  communeId: string;
  communeName: string;
  year: number;
  rows: { areaId: string; areaName: string; kpis: KpiCell[] }[];
}

export interface KpiTrend {
  areaId: string;
  areaName: string;
  points: { year: number; denominatorSource: KpiReport['denominatorSource']; kpis: KpiValue[] }[];
}

/** Targets are versioned: a new plan adds a version; the newest in force on a day applies. */
export interface KpiTargetVersion {
  validFrom: string;
  /** The plan or decision the figures come from. */
  source: string;
  targets: { code: string; year: number; target: number }[];
}

export type NewKpiTargets = KpiTargetVersion;

/** A CSV or XLSX of adults per commune and year: header `commune_code,year,adults`, one commune and year a line. */
export interface PopulationImportRequest {
  csv?: string;
  xlsx?: string;
}

export interface PopulationImportResult {
  imported: number;
}

/** Why an import was refused (nothing of it is kept): one entry per bad line, and the same as a CSV to download. */
export interface ImportProblem {
  line: number;
  message: string;
}

/** The two targets counted over imported rosters (issue 10 §4): K0 the association's, K2 the learning units'. */
export type RosterKpiCode = 'K0' | 'K2';
export type RosterKind = 'association' | 'learning_unit';

/**
 * K0 or K2 of an area: over the imported roster when there is one; K2 falls back to registered adults of the
 * officials' population group (`registered_officials`); K0 has no fallback (`none`, value null).
 */
export interface RosterKpiValue extends Omit<KpiValue, 'code'> {
  code: RosterKpiCode;
  denominatorSource: 'roster' | 'registered_officials' | 'none';
}

/** An import file: exactly one of `csv` (its text) and `xlsx` (the workbook, base64); the first sheet is read. */
export interface ImportFileRequest {
  csv?: string;
  xlsx?: string;
}

/** One area's roster after an import, with K2 or K0 before and after; counts under 10 withheld (null). */
export interface RosterImportArea {
  areaId: string;
  areaName: string;
  year: number;
  members: number;
  before: { numerator: number | null; denominator: number | null };
  after: { numerator: number | null; denominator: number | null };
}

export interface RosterImportResult {
  imported: number;
  areas: RosterImportArea[];
}

/** The course whose passed test counts as having studied the title's criteria (K0); null until an admin sets one. */
export interface CriteriaCourse {
  courseId: string | null;
  setAt: string | null;
}

export interface SetCriteriaCourseRequest {
  courseId: string;
}
