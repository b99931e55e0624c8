import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CutScores, levelOf, parseCutScores } from './cut-scores';

const published = path.resolve(__dirname, '../../../../../content/assessment/cut-scores.json');

const cuts = (start: number) => Array.from({ length: 7 }, (_, i) => ({ level: i + 2, minTheta: start + i }));
const scores: CutScores = { version: 't', calibrationVersion: 'c', basis: 'test', levels: cuts(-0.5) };

describe('levelOf', () => {
  it('maps ability to levels 1–8, an ability on a cut reaching that level', () => {
    expect(levelOf(-3, scores)).toBe(1);
    expect(levelOf(-0.5001, scores)).toBe(1);
    expect(levelOf(-0.5, scores)).toBe(2);
    expect(levelOf(0.49, scores)).toBe(2);
    expect(levelOf(1.5, scores)).toBe(4);
    expect(levelOf(5.5, scores)).toBe(8);
    expect(levelOf(40, scores)).toBe(8);
  });

  it("uses a domain's own cuts where given", () => {
    const withDomain = { ...scores, byDomain: { '3': cuts(0.5) } };
    expect(levelOf(0, withDomain, '3')).toBe(1);
    expect(levelOf(0, withDomain, '2')).toBe(2);
  });
});

describe('parseCutScores', () => {
  it('accepts the published cut scores', () => {
    const parsed = parseCutScores(JSON.parse(readFileSync(published, 'utf8')));
    expect(parsed.levels.map((c) => c.minTheta)).toEqual([-0.5, 0.5, 1.5, 2.5, 3.5, 4.5, 5.5]);
  });

  it('refuses cuts out of order or with a level missing', () => {
    const swapped = cuts(0).map((c, i) => (i === 3 ? { ...c, minTheta: 0 } : c));
    expect(() => parseCutScores({ ...scores, levels: swapped })).toThrow(/minTheta must increase/);
    expect(() => parseCutScores({ ...scores, levels: cuts(0).slice(1) })).toThrow(/levels/);
  });
});
