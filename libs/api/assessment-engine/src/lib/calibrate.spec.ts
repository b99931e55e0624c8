import { calibrate, CalibrationResponse } from './calibrate';
import { priorCalibration } from './calibration';
import type { EngineItem } from './engine-item';
import { ItemParameters, probability } from './irt';
import { createRng, normalDeviate } from './rng';

const mapping = { a: 1, bAtLevel1: -1.5, bPerLevel: 1 };

/** 20 items of one competence with known parameters, their declared level the one nearest their difficulty. */
function knownItems(seed: string): { items: EngineItem[]; truth: Record<string, ItemParameters> } {
  const rng = createRng(seed);
  const truth: Record<string, ItemParameters> = {};
  const items = Array.from({ length: 20 }, (_, n) => {
    const b = -2 + (4 * n) / 19;
    truth[`q${n}`] = { a: 0.7 + 1.3 * rng(), b };
    return { id: `q${n}`, competence: '1.1', level: Math.min(8, Math.max(1, Math.round(b + 2.5))) };
  });
  return { items, truth };
}

function simulate(
  items: EngineItem[],
  truth: Record<string, ItemParameters>,
  persons: number,
  seed: string,
  mean = 0,
  sd = 1,
) {
  const rng = createRng(seed);
  const responses: CalibrationResponse[] = [];
  for (let p = 0; p < persons; p++) {
    const theta = mean + sd * normalDeviate(rng);
    for (const item of items)
      responses.push({ personId: `p${p}`, itemId: item.id, correct: rng() < probability(truth[item.id], theta) });
  }
  return responses;
}

const rmse = (xs: number[]) => Math.sqrt(xs.reduce((s, x) => s + x * x, 0) / xs.length);

describe('calibrate (Bock–Aitkin EM)', () => {
  const { items, truth } = knownItems('items');
  const previous = priorCalibration(items, mapping, 'prior-1', '2026-01-01');
  const responses = simulate(items, truth, 3000, 'persons');

  it('recovers known parameters from simulated answers', () => {
    const result = calibrate({ items, responses, previous, version: 'cal-1', createdAt: '2026-02-01' });
    const ids = items.map((i) => i.id);
    expect(rmse(ids.map((id) => result.items[id].b - truth[id].b))).toBeLessThan(0.12);
    expect(rmse(ids.map((id) => result.items[id].a - truth[id].a))).toBeLessThan(0.15);
    expect(result.domains['1']).toMatchObject({ persons: 3000, freeItems: 20, converged: true, scale: 'population' });
    expect(result).toMatchObject({ version: 'cal-1', basedOn: 'prior-1', method: 'mml-em' });
    expect(Object.values(result.items).every((i) => i.source === 'calibrated' && i.responses === 3000)).toBe(true);
  });

  it('leaves items with too few responses on their previous parameters, and the previous version untouched', () => {
    const before = JSON.stringify(previous);
    const few = responses.filter((r) => r.itemId !== 'q3' || Number(r.personId.slice(1)) < 150);
    const result = calibrate({ items, responses: few, previous, version: 'cal-2', createdAt: 'x' });
    expect(result.items['q3']).toEqual({ a: 1, b: -1.5, responses: 150, source: 'prior' });
    expect(result.items['q4'].source).toBe('calibrated');
    expect(JSON.stringify(previous)).toBe(before);
  });

  it('keeps the scale of anchor items when the population has moved', () => {
    const moved = simulate(items, truth, 3000, 'later', 0.5, 1.2);
    const anchors = ['q2', 'q7', 'q12', 'q17'];
    const anchored = { ...previous, items: { ...previous.items } };
    for (const id of anchors) anchored.items[id] = { ...truth[id], responses: 3000, source: 'calibrated' };
    const result = calibrate({
      items,
      responses: moved,
      previous: anchored,
      version: 'cal-3',
      createdAt: 'x',
      options: { scale: { kind: 'anchors', itemIds: anchors } },
    });
    expect(result.domains['1'].scale).toBe('anchors');
    expect(result.domains['1'].population.mean).toBeCloseTo(0.5, 1);
    expect(result.domains['1'].population.sd).toBeCloseTo(1.2, 1);
    const free = items.map((i) => i.id).filter((id) => !anchors.includes(id));
    expect(rmse(free.map((id) => result.items[id].b - truth[id].b))).toBeLessThan(0.15);
    expect(result.items['q2']).toMatchObject({ ...truth['q2'], source: 'anchor' });
  });

  it('refuses responses to items it was not given', () => {
    const stray = [{ personId: 'p', itemId: 'nope', correct: true }];
    expect(() => calibrate({ items, responses: stray, previous, version: 'v', createdAt: 'x' })).toThrow(/nope/);
  });
});
