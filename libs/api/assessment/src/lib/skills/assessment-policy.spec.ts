import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseAssessmentPolicy } from './assessment-policy';
import { ruleSetRowsFromFiles, rulesFromRows } from './rule-sets';

const DIR = resolve(__dirname, '../../../../../../content/assessment');
const published = JSON.parse(readFileSync(resolve(DIR, 'policy.json'), 'utf8'));

describe(parseAssessmentPolicy.name, () => {
  it('accepts the published policy: one attempt per 7 days', () => {
    expect(parseAssessmentPolicy(published).retake).toEqual({ attemptsPerWindow: 1, windowDays: 7 });
  });

  it('names every problem of a bad policy at once', () => {
    const bad = { ...published, retake: { attemptsPerWindow: 0, windowDays: 7 }, time: { limitMinutes: 1 } };
    expect(() => parseAssessmentPolicy(bad)).toThrow(/retake\.attemptsPerWindow.*time/);
  });
});

describe(ruleSetRowsFromFiles.name, () => {
  it('loads the published files as one version of each kind, which parse back into rules', () => {
    const rows = ruleSetRowsFromFiles(DIR);
    expect(rows.map((r) => r.kind).sort()).toEqual(['calibration', 'cut_scores', 'engine_config', 'policy']);
    const rules = rulesFromRows(rows);
    expect(rules.calibration).toEqual({ version: rules.cutScores.calibrationVersion, items: {} });
  });

  it('refuses cut scores made for another calibration', () => {
    const rows = ruleSetRowsFromFiles(DIR).map((r) =>
      r.kind === 'calibration' ? { ...r, body: { ...r.body, version: 'mml:2027.1' } } : r,
    );
    expect(() => rulesFromRows(rows)).toThrow(/belong to calibration/);
  });
});
