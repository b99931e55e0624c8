import { Competence, CompetenceFramework, LevelBand, LocalisedText } from '@lc/shared-contracts';

export type Lang = 'vi' | 'en';

/** Fallback when the framework has not loaded: the four bands of Circular 02/2025 (PRODUCT.md §6). */
const DEFAULT_BANDS: { levels: number[]; name: LocalisedText }[] = [
  { levels: [1, 2], name: { vi: 'Cơ bản', en: 'Basic' } },
  { levels: [3, 4], name: { vi: 'Trung cấp', en: 'Intermediate' } },
  { levels: [5, 6], name: { vi: 'Nâng cao', en: 'Advanced' } },
  { levels: [7, 8], name: { vi: 'Chuyên sâu', en: 'Specialised' } },
];

export function pick(text: LocalisedText | null | undefined, lang: Lang): string {
  if (!text) return '';
  return lang === 'en' && text.en ? text.en : text.vi;
}

export function levelBandName(level: number, lang: Lang, bands?: LevelBand[] | null): string {
  const band = (bands?.length ? bands : DEFAULT_BANDS).find((b) => b.levels.includes(level));
  return band ? pick(band.name, lang) : '';
}

export function competenceLabel(code: string, lang: Lang, byCode: Map<string, Competence>): string {
  const competence = byCode.get(code);
  return competence ? `${code} ${pick(competence.name, lang)}` : code;
}

export function competencesByCode(framework: CompetenceFramework | null): Map<string, Competence> {
  const map = new Map<string, Competence>();
  for (const domain of framework?.domains ?? []) {
    for (const competence of domain.competences) map.set(competence.code, competence);
  }
  return map;
}
