import { KpiCode, KpiValue } from '@lc/shared-contracts';

export type KpiLang = 'vi' | 'en';

const locale = (lang: KpiLang) => (lang === 'en' ? 'en-GB' : 'vi-VN');

/** 0..1 → "42,5 %" (vi) or "42.5%" (en). */
export function formatPercent(value: number, lang: KpiLang): string {
  return new Intl.NumberFormat(locale(lang), { style: 'percent', maximumFractionDigits: 1 }).format(value);
}

export function formatCount(value: number, lang: KpiLang): string {
  return new Intl.NumberFormat(locale(lang)).format(value);
}

/** 'K4_OF_K3' → 'K4/K3'. */
export function kpiShortCode(code: KpiCode): string {
  return code.replace('_OF_', '/');
}

export interface TargetStatus {
  year: 2025 | 2030;
  target: number;
  /** null when the KPI has no value yet. */
  met: boolean | null;
  /** Percentage points still missing, 0 when met, null when the KPI has no value. */
  gapPoints: number | null;
}

/** How the KPI stands against each target it has. */
export function targetStatuses(kpi: KpiValue): TargetStatus[] {
  const statuses: TargetStatus[] = [];
  const add = (year: 2025 | 2030, target: number | null) => {
    if (target === null) return;
    if (kpi.value === null) {
      statuses.push({ year, target, met: null, gapPoints: null });
      return;
    }
    const gapPoints = Math.max(0, Math.round((target - kpi.value) * 1000) / 10);
    statuses.push({ year, target, met: kpi.value >= target, gapPoints });
  };
  add(2025, kpi.target2025);
  add(2030, kpi.target2030);
  return statuses;
}

/**
 * A KPI's name in the UI language. KPIs come generically from the API, so one this page has no name for yet shows
 * by its code rather than as a missing translation key.
 */
export function kpiName(translate: { instant(key: string): unknown }, code: string): string {
  const key = `reporting.kpi.${code}`;
  const name = translate.instant(key);
  return typeof name === 'string' && name !== key ? name : code;
}
