import { readFileSync } from 'fs';
import { CompetenceFramework, competenceFrameworkSchema } from './framework.schema';

export interface FrameworkExpectations {
  domains: number;
  competences: number;
  maxLevel: number;
  bands: number;
}

/** Circular 02/2025/TT-BGDĐT: 6 domains, 24 competences, 8 levels in 4 bands of 2. */
export const TT02_2025_EXPECTATIONS: FrameworkExpectations = { domains: 6, competences: 24, maxLevel: 8, bands: 4 };

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return [...dup];
}

/** Every problem found in the framework, one human-readable line each; an empty list means it is fine. */
export function validateFramework(fw: unknown, expected: FrameworkExpectations = TT02_2025_EXPECTATIONS): string[] {
  const parsed = competenceFrameworkSchema.safeParse(fw);
  if (!parsed.success) {
    return parsed.error.issues.map(
      (i) => `framework: schema: ${i.path.length ? i.path.map(String).join('.') : '(root)'}: ${i.message}`,
    );
  }
  const f = parsed.data;
  const problems: string[] = [];

  if (f.domains.length !== expected.domains) {
    problems.push(`expected ${expected.domains} domains, found ${f.domains.length}`);
  }
  const allCodes = f.domains.flatMap((d) => d.competences.map((c) => c.code));
  if (allCodes.length !== expected.competences) {
    problems.push(`expected ${expected.competences} competences, found ${allCodes.length}`);
  }
  for (const d of duplicates(f.domains.map((d) => d.code))) problems.push(`duplicate domain code "${d}"`);
  for (const c of duplicates(allCodes)) problems.push(`duplicate competence code "${c}"`);
  for (const d of f.domains) {
    for (const c of d.competences) {
      if (!c.code.startsWith(`${d.code}.`))
        problems.push(`competence "${c.code}" is not prefixed by its domain "${d.code}."`);
    }
  }

  if (f.levelBands.length !== expected.bands) {
    problems.push(`expected ${expected.bands} level bands, found ${f.levelBands.length}`);
  }
  for (const b of duplicates(f.levelBands.map((b) => b.code))) problems.push(`duplicate level band "${b}"`);
  const levels = f.levelBands.flatMap((b) => b.levels);
  for (const l of duplicates(levels.map(String))) problems.push(`level ${l} belongs to more than one band`);
  for (let l = 1; l <= expected.maxLevel; l++) {
    if (!levels.includes(l)) problems.push(`level ${l} is not covered by any band`);
  }
  for (const l of levels) {
    if (l > expected.maxLevel) problems.push(`level ${l} is above the maximum ${expected.maxLevel}`);
  }
  return problems;
}

/** Reads and parses the framework JSON; throws with the problems if it is not valid. */
export function loadFramework(path: string): CompetenceFramework {
  const raw: unknown = JSON.parse(readFileSync(path, 'utf8'));
  const problems = validateFramework(raw);
  if (problems.length) throw new Error(`Invalid competence framework ${path}:\n${problems.join('\n')}`);
  return competenceFrameworkSchema.parse(raw);
}
