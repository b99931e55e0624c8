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
