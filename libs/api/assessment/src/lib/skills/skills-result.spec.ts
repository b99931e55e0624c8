import { assessmentResult } from '@lc/api-assessment-engine';
import { levelMeaning, levelsOf, toSkillsResult } from './skills-result';
import { testFramework, testServingBank } from './testing-bank';

const bank = testServingBank();
const framework = testFramework();
/** Two right answers at level 3 for each competence of domains 1 and 2. */
const answers = bank.prepared.items
  .filter((i) => ['1', '2'].includes(i.domain) && i.level === 3 && i.id.endsWith('-001'))
  .map((i) => ({ itemId: i.id, correct: true }));
const engine = assessmentResult(bank.prepared, bank.rules.cutScores, answers);
const ctx = {
  framework,
  finished: new Set(['1', '2', '3', '4', '5', '6']),
  policyVersion: 'p1',
  endReason: 'done' as const,
  finishedAt: new Date('2026-12-10T08:00:00Z'),
  recordId: 'r1',
};

describe(toSkillsResult.name, () => {
  const result = toSkillsResult(engine, ctx);

  it('gives each answered domain a level, its standard error, probabilities and band, in framework order', () => {
    expect(result.domains.map((d) => d.code)).toEqual(['1', '2', '3', '4', '5', '6']);
    const [d1] = result.domains;
    expect(d1.level).toBe(engine.domains[0].level);
    expect(d1.level).toBeGreaterThanOrEqual(3);
    expect(d1.standardError).toBeCloseTo(engine.domains[0].se, 3);
    expect(d1.levelProbabilities).toHaveLength(8);
    expect(d1.levelProbabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3);
    expect(d1.band?.code).toBe(framework.levelBands.find((b) => b.levels.includes(d1.level!))!.code);
    expect(d1.name).toEqual(framework.domains[0].name);
    expect(d1.meaning?.vi).toContain(`Mức ${d1.level}`);
  });

  it('gives a domain without answers no level and no meaning', () => {
    const d3 = result.domains.find((d) => d.code === '3')!;
    expect(d3).toMatchObject({ level: null, band: null, meaning: null, items: 0, competences: [] });
  });

  it('withholds the level of a domain the attempt did not finish', () => {
    const expired = toSkillsResult(engine, { ...ctx, endReason: 'expired', finished: new Set(['1']) });
    expect(expired.domains[0].level).not.toBeNull();
    expect(expired.domains[1]).toMatchObject({ level: null, meaning: null });
    expect(levelsOf(expired)).toEqual({ '1': expired.domains[0].level });
  });

  it('names competences and their strength, and the versions it was scored with', () => {
    expect(result.domains[0].competences.map((c) => [c.code, c.items])).toEqual([
      ['1.1', 1],
      ['1.2', 1],
      ['1.3', 1],
    ]);
    // One item each is below strength.minItems: nothing to say.
    expect(result.domains[0].competences.every((c) => c.strength === null)).toBe(true);
    expect(result.domains[0].competences[0].name).toEqual(framework.domains[0].competences[0].name);
    expect(result.versions).toEqual({
      engine: bank.rules.engine.version,
      calibration: bank.rules.calibration.version,
      cutScores: bank.rules.cutScores.version,
      policy: 'p1',
    });
    expect(result).toMatchObject({ endReason: 'done', recordId: 'r1', finishedAt: '2026-12-10T08:00:00.000Z' });
  });

  it('says nothing about single items', () => {
    expect(JSON.stringify(result)).not.toMatch(/"(itemId|correct|answer|explanation)"|-L\d-\d{3}/);
  });
});

describe(levelMeaning.name, () => {
  it('says the level and its band in plain words, in Vietnamese and English', () => {
    const basic = framework.levelBands[0];
    expect(levelMeaning(2, basic)).toEqual({
      vi: `Mức 2 (Cơ bản): ${basic.description.vi}`,
      en: `Level 2 (Basic): ${basic.description.en}`,
    });
    expect(levelMeaning(9, undefined)).toEqual({ vi: 'Mức 9.', en: 'Level 9.' });
  });
});
