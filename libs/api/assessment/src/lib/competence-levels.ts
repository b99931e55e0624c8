import type { LocalisedText } from '@lc/shared-contracts';

export interface GradedItem {
  competence: string;
  level: number;
  correct: boolean;
}

export interface CompetenceLevel {
  code: string;
  level: number;
  correct: number;
  total: number;
}

/**
 * A competence's level is the highest level reached by climbing from its lowest tested level, where a level
 * counts as reached when at least half of its items were answered right. 0 means not yet at the lowest tested level.
 */
export function competenceLevels(items: GradedItem[]): CompetenceLevel[] {
  const byCompetence = new Map<string, GradedItem[]>();
  for (const item of items) byCompetence.set(item.competence, [...(byCompetence.get(item.competence) ?? []), item]);
  return [...byCompetence.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
    .map(([code, its]) => {
      const levels = [...new Set(its.map((i) => i.level))].sort((a, b) => a - b);
      let reached = 0;
      for (const level of levels) {
        const at = its.filter((i) => i.level === level);
        if (at.filter((i) => i.correct).length * 2 < at.length) break;
        reached = level;
      }
      return { code, level: reached, correct: its.filter((i) => i.correct).length, total: its.length };
    });
}

/** A domain's level is the lowest level among its tested competences: a chain is as strong as its weakest link. */
export function domainLevels(levels: CompetenceLevel[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of levels) {
    const domain = c.code.split('.')[0];
    out[domain] = domain in out ? Math.min(out[domain], c.level) : c.level;
  }
  return out;
}

const BANDS: [number, LocalisedText][] = [
  [2, { vi: 'Cơ bản', en: 'Basic' }],
  [4, { vi: 'Trung cấp', en: 'Intermediate' }],
  [6, { vi: 'Nâng cao', en: 'Advanced' }],
  [8, { vi: 'Chuyên sâu', en: 'Specialised' }],
];

export const bandOf = (level: number): LocalisedText => (BANDS.find(([max]) => level <= max) ?? BANDS[3])[1];

/** The result in plain words, for a citizen new to digital tools. */
export function explainLevel(c: CompetenceLevel, name: LocalisedText): LocalisedText {
  const band = bandOf(c.level);
  if (c.level === 0) {
    return {
      vi: `Năng lực "${name.vi}": bạn trả lời đúng ${c.correct}/${c.total} câu, chưa đạt mức 1. Hãy học các khoá học gợi ý rồi làm lại bài.`,
      en: `"${name.en ?? name.vi}": ${c.correct} of ${c.total} right, not yet level 1. Take the suggested courses, then try again.`,
    };
  }
  return {
    vi: `Năng lực "${name.vi}": bạn trả lời đúng ${c.correct}/${c.total} câu, đạt mức ${c.level} (${band.vi}).`,
    en: `"${name.en ?? name.vi}": ${c.correct} of ${c.total} right, level ${c.level} (${band.en}).`,
  };
}
