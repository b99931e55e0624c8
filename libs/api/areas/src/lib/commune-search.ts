import { foldText } from '@lc/shared-contracts';
import type { AreaFormerUnitEntity } from './area-former-unit.entity';
import type { AreaEntity } from './area.entity';

/** How addresses are often abbreviated ("P. Kim Mã, Q. Ba Đình"), spelled out as the unit names are. */
const ABBREVIATIONS: Record<string, string> = {
  'p.': 'phuong',
  'q.': 'quan',
  'x.': 'xa',
  'h.': 'huyen',
  'tt.': 'thi tran',
  'tx.': 'thi xa',
};

function queryWords(query: string): string[] {
  return foldText(query)
    .replace(/\b(tt|tx|p|q|x|h)\.\s*/g, (abbr) => `${ABBREVIATIONS[abbr.trim()]} `)
    .split(/[\s,;()]+/)
    .filter(Boolean);
}

/**
 * The words appear together, in order, in the text; the last one may be half typed ("kim m" finds "Kim Mã"), the
 * others are whole words, so "kim ma" does not find "Đại Kim, Hoàng Mai".
 */
function phraseIn(words: string[], text: string, lastMayBePartial = true): boolean {
  const textWords = foldText(text).split(/[\s,;()–-]+/);
  const fits = (w: string, t: string | undefined, last: boolean) =>
    t !== undefined && (last && lastMayBePartial ? t.startsWith(w) : t === w);
  return textWords.some((_, at) => words.every((w, j) => fits(w, textWords[at + j], j === words.length - 1)));
}

/** How a former unit fits the words: by its own name (1), its district (2), or the two named together (3). */
function formerRank(words: string[], unit: AreaFormerUnitEntity): number | null {
  if (phraseIn(words, unit.oldUnitName)) return 1;
  if (phraseIn(words, unit.oldDistrictName)) return 2;
  for (let k = 1; k < words.length; k++) {
    if (phraseIn(words.slice(0, k), unit.oldUnitName, false) && phraseIn(words.slice(k), unit.oldDistrictName)) {
      return 3;
    }
  }
  return null;
}

export interface CommuneSearchHit {
  commune: AreaEntity;
  /** The former units that matched; empty when the commune matched by its own name. */
  formerUnits: AreaFormerUnitEntity[];
}

const collator = new Intl.Collator('vi');

/**
 * Current communes for what a person types, by today's name or by a pre-July-2025 ward, commune or district name:
 * "Kim Mã" finds the three wards that took part of Phường Kim Mã in, "quận Ba Đình" every ward that took in part of
 * that district. Own-name matches come first, then former-unit names, then former districts; each by name.
 */
export function searchCommunes(
  query: string,
  communes: AreaEntity[],
  former: AreaFormerUnitEntity[],
  limit = 40,
): CommuneSearchHit[] {
  const words = queryWords(query);
  if (words.join('').length < 2) return [];
  const own = communes.filter((commune) => phraseIn(words, commune.name));
  const ranked = former.flatMap((unit) => {
    const rank = formerRank(words, unit);
    return rank === null ? [] : [{ unit, rank }];
  });
  // "Kim Mã" read as "Kim" + "Mã…" would also be Đại Kim in Quận Hoàng Mai: a unit and district named together
  // count only when nothing is named whole.
  const split = own.length === 0 && ranked.every((r) => r.rank === 3);
  const hits = new Map<string, CommuneSearchHit & { rank: number }>();
  for (const commune of own) hits.set(commune.id, { commune, formerUnits: [], rank: 0 });
  const byId = new Map(communes.map((c) => [c.id, c]));
  for (const { unit, rank } of ranked) {
    const commune = byId.get(unit.communeId);
    if (!commune || (rank === 3 && !split)) continue;
    const hit = hits.get(commune.id) ?? { commune, formerUnits: [], rank };
    if (hit.rank === 0) continue;
    hit.rank = Math.min(hit.rank, rank);
    hit.formerUnits.push(unit);
    hits.set(commune.id, hit);
  }
  return [...hits.values()]
    .sort((a, b) => a.rank - b.rank || collator.compare(a.commune.name, b.commune.name))
    .slice(0, limit)
    .map(({ commune, formerUnits }) => ({
      commune,
      formerUnits: formerUnits.sort((a, b) => collator.compare(a.oldUnitName, b.oldUnitName)),
    }));
}
