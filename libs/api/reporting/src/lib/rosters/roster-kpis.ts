import type { RosterKpiCode, RosterKpiValue } from '@lc/shared-contracts';
import { ratio } from '../kpi-math';
import type { RosterCount } from './roster.repository';

type Label = RosterKpiValue['denominatorLabel'];

const ROSTER_LABEL: Record<RosterKpiCode, (communes: number) => Label> = {
  K2: (n) => ({
    vi: `cán bộ, công chức, viên chức, người lao động trong danh sách đơn vị học tập đã nạp (${n} xã/phường)`,
    en: `officials and employees on the imported learning-unit rosters (${n} communes)`,
  }),
  K0: (n) => ({
    vi: `cán bộ, hội viên Hội Khuyến học trong danh sách đã nạp (${n} xã/phường)`,
    en: `Learning Promotion Association officials and members on the imported rosters (${n} communes)`,
  }),
};

const K2_FALLBACK: Label = {
  vi: 'người đã đăng ký thuộc nhóm cán bộ, công chức, viên chức (chưa nạp danh sách đơn vị học tập)',
  en: 'registered adults in the officials group (no learning-unit roster imported)',
};

const K0_NONE: Label = {
  vi: 'chưa nạp danh sách cán bộ, hội viên Hội Khuyến học',
  en: 'no Learning Promotion Association roster imported',
};

/**
 * K2 or K0 of an area from its communes' rosters. Without any roster, K2 falls back to registered adults of the
 * officials' population group (holders among them, from the rollups), and K0 has nothing to count.
 */
export function rosterKpi(
  code: RosterKpiCode,
  rosters: RosterCount[],
  officials: { holders: number; adults: number } | null,
  target: (code: RosterKpiCode, year: number) => number | null,
): RosterKpiValue {
  const targets = { target2025: target(code, 2025), target2030: target(code, 2030) };
  const listed = rosters.filter((r) => r.members > 0);
  if (listed.length > 0) {
    const numerator = listed.reduce((s, r) => s + r.counted, 0);
    const denominator = listed.reduce((s, r) => s + r.members, 0);
    return {
      code,
      numerator,
      denominator,
      value: ratio(numerator, denominator),
      ...targets,
      denominatorLabel: ROSTER_LABEL[code](listed.length),
      denominatorSource: 'roster',
    };
  }
  if (code === 'K2' && officials) {
    const { holders, adults } = officials;
    const value = ratio(holders, adults);
    return {
      code,
      numerator: holders,
      denominator: adults,
      value,
      ...targets,
      denominatorLabel: K2_FALLBACK,
      denominatorSource: 'registered_officials',
    };
  }
  return {
    code,
    numerator: 0,
    denominator: 0,
    value: null,
    ...targets,
    denominatorLabel: K0_NONE,
    denominatorSource: 'none',
  };
}
