export type KpiCode = 'K1' | 'K3' | 'K4' | 'K4_OF_K3';

export interface KpiValue {
  code: KpiCode;
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

/** One area's KPIs by sex, age band or population group, over registered adults (population figures have no such split). */
export interface KpiBreakdown {
  areaId: string;
  areaName: string;
  year: number;
  by: KpiDimension;
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

/** A CSV of adults per commune and year: header `commune_code,year,adults`, one commune and year a line. */
export interface PopulationImportRequest {
  csv: string;
}

export interface PopulationImportResult {
  imported: number;
}

/** Why an import was refused (nothing of it is kept): one entry per bad line, and the same as a CSV to download. */
export interface ImportProblem {
  line: number;
  message: string;
}
