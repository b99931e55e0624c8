import { existsSync, readdirSync, readFileSync } from 'fs';
import { extname, join } from 'path';
import { CompetenceFramework, competenceCodes } from './framework.schema';
import { BankItem, HotspotRegion, ITEM_TYPES, ItemType, bankItemSchema } from './item.schema';

export interface ImageSize {
  width: number;
  height: number;
}
export type ImageSizeLookup = (file: string) => ImageSize | undefined;

/**
 * Options that only make sense in a fixed position break when the engine shuffles them. The letter must end a word in
 * Unicode terms: `\b` is ASCII-only, so "đáp án cố định" would match it.
 */
export const SHUFFLE_UNSAFE =
  /tất cả các (đáp án|ý) trên|không có (đáp án|ý) nào|all of the above|none of the above|both .* and|(đáp án|option) [a-e](?![\p{L}\p{N}])/iu;

const VI_DIACRITIC = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/;

export function normaliseStem(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.?!:…]+$/u, '');
}

function labelOf(raw: unknown, index: number): string {
  if (raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string') {
    return (raw as { id: string }).id;
  }
  return `item #${index}`;
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return [...dup];
}

function overlaps(a: HotspotRegion, b: HotspotRegion): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The key's problems: it names what the item offers, a numeric answer is a number. */
export function answerProblems(item: BankItem): string[] {
  const p: string[] = [];
  switch (item.type) {
    case 'single_choice': {
      const ids = item.options.map((o) => o.id);
      if (!ids.includes(item.answer.optionId)) p.push(`answer optionId "${item.answer.optionId}" is not an option id`);
      break;
    }
    case 'multiple_choice': {
      const ids = item.options.map((o) => o.id);
      const keys = item.answer.optionIds;
      const unknown = keys.filter((k) => !ids.includes(k));
      if (unknown.length) p.push(`answer optionIds ${unknown.join(', ')} are not option ids`);
      if (duplicates(keys).length) p.push('answer optionIds contain duplicates');
      if (new Set(keys).size < 2) p.push('multiple_choice needs at least 2 correct options');
      if (new Set(keys).size >= ids.length) p.push('multiple_choice cannot have every option correct');
      break;
    }
    case 'ordering': {
      const ids = [...item.options.map((o) => o.id)].sort();
      const order = [...item.answer.order].sort();
      if (ids.length !== order.length || ids.some((id, i) => id !== order[i])) {
        p.push('answer order must be a permutation of all option ids');
      }
      break;
    }
    case 'matching': {
      const left = item.pairs.left.map((l) => l.id);
      const right = item.pairs.right.map((r) => r.id);
      const map = item.answer.pairs;
      if (right.length < left.length) p.push('matching needs at least as many right entries as left entries');
      for (const l of left) {
        const r = map[l];
        if (r === undefined) p.push(`left "${l}" has no match in answer`);
        else if (!right.includes(r)) p.push(`left "${l}" is matched to unknown right id "${r}"`);
      }
      for (const key of Object.keys(map)) {
        if (!left.includes(key)) p.push(`answer pairs key "${key}" is not a left id`);
      }
      break;
    }
    case 'hotspot': {
      if (!item.regions.some((r) => r.id === item.answer.regionId)) {
        p.push(`answer regionId "${item.answer.regionId}" is not a region id`);
      }
      break;
    }
    case 'short_answer': {
      if (item.answer.numeric) {
        const bad = item.answer.accepted.filter((a) => !Number.isFinite(Number(a.replace(',', '.'))));
        if (bad.length) p.push(`numeric short_answer has non-numeric accepted values: ${bad.join(', ')}`);
      }
      break;
    }
    case 'true_false':
      break;
  }
  return p;
}

/** Options that break when shuffled, and Vietnamese text without its marks. */
export function textProblems(item: BankItem): string[] {
  const p: string[] = [];
  const choices =
    item.type === 'single_choice' || item.type === 'multiple_choice' || item.type === 'ordering'
      ? item.options
      : item.type === 'matching'
        ? [...item.pairs.left, ...item.pairs.right]
        : [];
  for (const o of choices) {
    const unsafe = [o.text.vi, o.text.en ?? ''].find((text) => SHUFFLE_UNSAFE.test(text.normalize('NFC')));
    if (unsafe !== undefined) p.push(`option "${o.id}" is not shuffle-safe: "${unsafe}"`);
  }
  const vi = `${item.stem.vi} ${item.explanation.vi}`.normalize('NFC').toLowerCase();
  if (!VI_DIACRITIC.test(vi)) p.push('Vietnamese text (stem + explanation) has no Vietnamese diacritics');
  return p;
}

function idProblems(item: BankItem, choiceIds: string[]): string[] {
  const p: string[] = [];
  const prefix = `${item.competence}-L${item.level}-`;
  if (!item.id.startsWith(prefix)) p.push(`id should start with "${prefix}"`);
  const dup = duplicates(choiceIds);
  if (dup.length) p.push(`duplicate option/region ids: ${dup.join(', ')}`);
  return p;
}

/** The picture's declared size against the file (when a lookup is given), and hotspot regions inside it and apart. */
export function imageProblems(item: BankItem, imageSize?: ImageSizeLookup): string[] {
  const p: string[] = [];
  const image = item.image;
  if (!image) return p;
  if (imageSize) {
    const actual = imageSize(image.file);
    if (!actual) p.push(`image file "${image.file}" not found or unreadable`);
    else if (actual.width !== image.width || actual.height !== image.height) {
      p.push(`image "${image.file}" is ${actual.width}x${actual.height}, declared ${image.width}x${image.height}`);
    }
  }
  if (item.type === 'hotspot') {
    for (const r of item.regions) {
      if (r.x + r.width > image.width || r.y + r.height > image.height) {
        p.push(`region "${r.id}" lies outside the ${image.width}x${image.height} picture`);
      }
    }
    for (let i = 0; i < item.regions.length; i++) {
      for (let j = i + 1; j < item.regions.length; j++) {
        const a = item.regions[i];
        const b = item.regions[j];
        if (overlaps(a, b)) p.push(`regions "${a.id}" and "${b.id}" overlap`);
      }
    }
  }
  return p;
}

function choiceIdsOf(item: BankItem): string[] {
  switch (item.type) {
    case 'single_choice':
    case 'multiple_choice':
    case 'ordering':
      return item.options.map((o) => o.id);
    case 'matching':
      return [...item.pairs.left.map((l) => `left:${l.id}`), ...item.pairs.right.map((r) => `right:${r.id}`)];
    case 'hotspot':
      return item.regions.map((r) => r.id);
    default:
      return [];
  }
}

/** Every problem found in the bank, one human-readable line each; an empty list means the bank is fine. */
export function validateItemBank(
  items: unknown[],
  framework: CompetenceFramework,
  imageSize?: ImageSizeLookup,
): string[] {
  const problems: string[] = [];
  const codes = new Set(competenceCodes(framework));
  const ids = new Map<string, number>();
  const stems = new Map<string, string>();

  items.forEach((raw, index) => {
    const label = labelOf(raw, index);
    const parsed = bankItemSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const where = issue.path.length ? issue.path.map(String).join('.') : '(item)';
        problems.push(`${label}: schema: ${where}: ${issue.message}`);
      }
      return;
    }
    const item = parsed.data;
    ids.set(item.id, (ids.get(item.id) ?? 0) + 1);

    const stemKey = normaliseStem(item.stem.vi);
    const firstWithStem = stems.get(stemKey);
    if (firstWithStem !== undefined) problems.push(`${label}: duplicate stem (same as ${firstWithStem})`);
    else stems.set(stemKey, item.id);

    if (!codes.has(item.competence)) problems.push(`${label}: competence "${item.competence}" is not in the framework`);

    const own = [
      ...idProblems(item, choiceIdsOf(item)),
      ...answerProblems(item),
      ...textProblems(item),
      ...imageProblems(item, imageSize),
    ];
    for (const p of own) problems.push(`${label}: ${p}`);
  });

  for (const [id, count] of ids) {
    if (count > 1) problems.push(`${id}: duplicate id (used ${count} times)`);
  }
  return problems;
}

/** The valid items only; use after validateItemBank has reported no problems. */
export function parseItems(items: unknown[]): BankItem[] {
  return items.flatMap((raw) => {
    const r = bankItemSchema.safeParse(raw);
    return r.success ? [r.data] : [];
  });
}

export interface CompetenceCoverage {
  total: number;
  byLevel: Record<number, number>;
}
export interface ItemCoverage {
  total: number;
  byCompetence: Record<string, CompetenceCoverage>;
  byLevel: Record<number, number>;
  byType: Record<ItemType, number>;
}

export function coverage(items: readonly Pick<BankItem, 'competence' | 'level' | 'type'>[]): ItemCoverage {
  const byType = Object.fromEntries(ITEM_TYPES.map((t) => [t, 0])) as Record<ItemType, number>;
  const result: ItemCoverage = { total: 0, byCompetence: {}, byLevel: {}, byType };
  for (const item of items) {
    result.total += 1;
    const c = (result.byCompetence[item.competence] ??= { total: 0, byLevel: {} });
    c.total += 1;
    c.byLevel[item.level] = (c.byLevel[item.level] ?? 0) + 1;
    result.byLevel[item.level] = (result.byLevel[item.level] ?? 0) + 1;
    result.byType[item.type] += 1;
  }
  return result;
}

/** Reads every domain-*.json (a JSON array of items) in dir, in file-name order. */
export function loadItemBank(dir: string): unknown[] {
  const files = readdirSync(dir)
    .filter((f) => /^domain-.*\.json$/.test(f))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return files.flatMap((f) => {
    const data: unknown = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    if (!Array.isArray(data)) throw new Error(`${f}: expected a JSON array of items`);
    return data as unknown[];
  });
}

/** Image size lookup for files under baseDir: SVG (viewBox or width/height) and PNG. */
export function fileImageSize(baseDir: string): ImageSizeLookup {
  return (file) => {
    const full = join(baseDir, file);
    if (!existsSync(full)) return undefined;
    const ext = extname(full).toLowerCase();
    if (ext === '.svg') {
      const head = readFileSync(full, 'utf8').slice(0, 2000);
      const svgTag = /<svg\b[^>]*>/i.exec(head)?.[0];
      if (!svgTag) return undefined;
      const viewBox = /viewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(svgTag);
      if (viewBox) return { width: Number(viewBox[1]), height: Number(viewBox[2]) };
      const w = /\bwidth="([\d.]+)"/.exec(svgTag);
      const h = /\bheight="([\d.]+)"/.exec(svgTag);
      return w && h ? { width: Number(w[1]), height: Number(h[1]) } : undefined;
    }
    if (ext === '.png') {
      const buf = readFileSync(full);
      if (buf.length < 24 || buf.toString('ascii', 1, 4) !== 'PNG') return undefined;
      return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
    }
    return undefined;
  };
}
