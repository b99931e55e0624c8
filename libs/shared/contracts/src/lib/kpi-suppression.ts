import type { KpiCell, KpiValue } from './reporting';

/**
 * PRODUCT.md §8: fewer than this many people are shown as "< 10" wherever a person could be identified. The API
 * withholds such counts in what it sends, and the web applies the same rule to what it exports, so both live here.
 */
export const SMALLEST_SHOWN = 10;

/** How a withheld count reads on screen and in exports. */
export const SUPPRESSED_TEXT = '< 10';

export const shownCount = (n: number): number | null => (n < SMALLEST_SHOWN ? null : n);

/** A KPI with its small counts withheld; the value goes too, since with one count it gives away the other. */
export function suppressed<C extends string = KpiCell['code']>(
  kpi: Pick<KpiValue, 'numerator' | 'denominator' | 'value'> & { code: C },
): Omit<KpiCell, 'code'> & { code: C } {
  const numerator = shownCount(kpi.numerator);
  const denominator = shownCount(kpi.denominator);
  const hidden = numerator === null || denominator === null;
  return { code: kpi.code, numerator, denominator, value: hidden ? null : kpi.value, suppressed: hidden };
}
