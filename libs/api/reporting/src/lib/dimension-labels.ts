import type { KpiDimension } from '@lc/shared-contracts';

type Label = { vi: string; en: string };

const SEX: Record<string, Label> = {
  female: { vi: 'Nữ', en: 'Female' },
  male: { vi: 'Nam', en: 'Male' },
  other: { vi: 'Khác', en: 'Other' },
};

const POPULATION_GROUP: Record<string, Label> = {
  farmers: { vi: 'Nông dân, lao động nông thôn', en: 'Farmers and rural workers' },
  workers: { vi: 'Công nhân, thợ thủ công', en: 'Workers and craftspeople' },
  officials: {
    vi: 'Cán bộ, công chức, viên chức, quản lý, doanh nhân',
    en: 'Officials, civil servants, public employees, managers, entrepreneurs',
  },
  other: { vi: 'Người lớn khác', en: 'Other adults' },
};

const UNKNOWN: Label = { vi: 'Không rõ', en: 'Unknown' };

/** Age bands are stored as their bounds ("18-24", "65+"), which come from the KPI rule of the year. */
function ageBandLabel(key: string): Label {
  const range = /^(\d+)-(\d+)$/.exec(key);
  if (range) return { vi: `${range[1]}–${range[2]} tuổi`, en: `${range[1]}–${range[2]}` };
  const open = /^(\d+)\+$/.exec(key);
  if (open) return { vi: `Từ ${open[1]} tuổi`, en: `${open[1]} and over` };
  return UNKNOWN;
}

/** How a breakdown row is named on screen, in both languages. */
export function dimensionLabel(by: KpiDimension, key: string): Label {
  if (by === 'age_band') return ageBandLabel(key);
  return (by === 'sex' ? SEX : POPULATION_GROUP)[key] ?? UNKNOWN;
}

/** Rows in reading order: sexes and groups as listed above, age bands youngest first, unknown last. */
export function dimensionOrder(by: KpiDimension, key: string): number {
  if (by === 'age_band') return /^\d+/.test(key) ? parseInt(key, 10) : Number.MAX_SAFE_INTEGER;
  const order = Object.keys(by === 'sex' ? SEX : POPULATION_GROUP).indexOf(key);
  return order < 0 ? Number.MAX_SAFE_INTEGER : order;
}
