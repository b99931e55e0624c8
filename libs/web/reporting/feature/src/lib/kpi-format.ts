import { KpiReport, KpiValue, RosterKpiValue } from '@lc/shared-contracts';
import { translateText } from '@lc/web-shared-data-access';

export type KpiLang = 'vi' | 'en';

const locale = (lang: KpiLang) => (lang === 'en' ? 'en-GB' : 'vi-VN');

/** 0..1 → "42,5 %" (vi) or "42.5%" (en). */
export function formatPercent(value: number, lang: KpiLang): string {
  return new Intl.NumberFormat(locale(lang), { style: 'percent', maximumFractionDigits: 1 }).format(value);
}

/** K3/K4 numerators are expected counts (sums of probabilities): one decimal says so without false precision. */
export function formatCount(value: number, lang: KpiLang): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 1 }).format(value);
}

/** Any KPI a report shows: K1, K3, K4 over the rollups, or K0, K2 over the imported rosters. */
export type ShownKpi = KpiValue | RosterKpiValue;

/** The plan's order (K0 … K4), whatever order the API sends them in. */
const KPI_ORDER = ['K0', 'K1', 'K2', 'K3', 'K4', 'K4_OF_K3'];

/** Every KPI of a report in the plan's order; servers before the rosters send no K0/K2. */
export function reportKpis(report: Pick<KpiReport, 'kpis' | 'rosterKpis'>): ShownKpi[] {
  const rank = (code: string) => (KPI_ORDER.includes(code) ? KPI_ORDER.indexOf(code) : KPI_ORDER.length);
  return [...report.kpis, ...(report.rosterKpis ?? [])].sort((a, b) => rank(a.code) - rank(b.code));
}

/**
 * The sentence a roster KPI needs when no roster is imported yet (key under `reporting.noRoster`): K2 then counts
 * registered officials, K0 has no value. Null for KPIs over a roster or not counted over one.
 */
export function noRosterKey(kpi: ShownKpi): string | null {
  if (!('denominatorSource' in kpi)) return null;
  if (kpi.denominatorSource === 'registered_officials') return 'reporting.noRoster.fallback';
  if (kpi.denominatorSource === 'none') return 'reporting.noRoster.none';
  return null;
}

/** 'K4_OF_K3' → 'K4/K3'. */
export function kpiShortCode(code: string): string {
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
export function targetStatuses(kpi: Pick<KpiValue, 'value' | 'target2025' | 'target2030'>): TargetStatus[] {
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
  const name = translateText(translate, key);
  return name !== key ? name : code;
}
