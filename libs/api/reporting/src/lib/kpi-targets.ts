import type { KpiTargetVersion, NewKpiTargets } from '@lc/shared-contracts';

/** What is wrong with a new version of the targets beyond each field's own check, in Vietnamese; null when nothing. */
export function targetVersionProblem(version: NewKpiTargets): string | null {
  const day = new Date(`${version.validFrom}T00:00:00Z`);
  if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== version.validFrom)
    return `Ngày áp dụng ${version.validFrom} không có thật.`;
  const seen = new Set<string>();
  for (const t of version.targets) {
    const key = `${t.code}/${t.year}`;
    if (seen.has(key)) return `Mục tiêu ${t.code} năm ${t.year} có hai lần.`;
    seen.add(key);
  }
  return null;
}

/** Stored rows as versions, newest first, each with its targets by code and year. */
export function targetVersions(
  rows: { code: string; year: number; target: number; validFrom: string; source: string }[],
): KpiTargetVersion[] {
  const versions = new Map<string, KpiTargetVersion>();
  for (const r of rows) {
    const key = `${r.validFrom}\u0000${r.source}`;
    const version = versions.get(key) ?? { validFrom: r.validFrom, source: r.source, targets: [] };
    version.targets.push({ code: r.code, year: r.year, target: r.target });
    versions.set(key, version);
  }
  return [...versions.values()]
    .sort((a, b) => b.validFrom.localeCompare(a.validFrom))
    .map((v) => ({ ...v, targets: v.targets.sort((a, b) => a.code.localeCompare(b.code) || a.year - b.year) }));
}
