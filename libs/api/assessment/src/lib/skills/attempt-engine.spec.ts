import { answersOf, finishedDomains, nextStep, optionOrderFor, withLineages } from './attempt-engine';
import { exposureFromRows } from './exposure-counts';
import { testServingBank } from './testing-bank';

const ORDER = ['1', '2', '3', '4', '5', '6'];
const served = (...competences: string[]) => competences.map((c, i) => ({ itemId: `x${i}`, competence: c }));

describe(finishedDomains.name, () => {
  it('counts every domain of an attempt the engine finished', () => {
    expect([...finishedDomains(ORDER, served('1.1', '2.1'), 'done')]).toEqual(ORDER);
  });

  it('gives an expired attempt no level for the domain it stopped in, nor any after', () => {
    expect([...finishedDomains(ORDER, served('1.1', '1.2', '2.1', '2.3'), 'expired')]).toEqual(['1']);
    expect([...finishedDomains(ORDER, served('1.1'), 'expired')]).toEqual([]);
    expect([...finishedDomains(ORDER, [], 'expired')]).toEqual([]);
  });
});

describe(answersOf.name, () => {
  it('keeps the answered rows in the order served, not the order read', () => {
    const rows = [
      { position: 3, itemId: 'c', correct: null },
      { position: 1, itemId: 'a', correct: true },
      { position: 2, itemId: 'b', correct: false },
    ];
    expect(answersOf(rows)).toEqual([
      { itemId: 'a', correct: true },
      { itemId: 'b', correct: false },
    ]);
  });
});

describe(nextStep.name, () => {
  const bank = testServingBank();
  const none = { examinees: 0, seen: new Map<string, number>() };

  it('replays the same choice for the same attempt and answers, on any process', () => {
    const attempt = { id: 'attempt-1', excludedItemIds: [] };
    const first = nextStep(bank, attempt, [], none);
    expect(nextStep(testServingBank(), attempt, [], none)).toEqual(first);
    expect(first).toMatchObject({ done: false, domain: '1', position: 1 });
  });

  it('never serves an excluded or retired item', () => {
    const domain1 = bank.prepared.itemsByDomain[0].map((i) => bank.prepared.items[i].id);
    const keep = domain1[domain1.length - 1];
    const excluded = domain1.filter((id) => id !== keep && id.startsWith('1.1'));
    const retired = domain1.filter((id) => id !== keep && !id.startsWith('1.1'));
    const withRetired = { ...bank, retired: new Set(retired) };
    const step = nextStep(withRetired, { id: 'a', excludedItemIds: excluded }, [], none);
    expect(step).toMatchObject({ done: false, itemId: keep });
  });

  it('never serves another version of an item the attempt answered: exclusion goes by lineage, not by id', () => {
    const attempt = { id: 'attempt-3', excludedItemIds: [] };
    const first = nextStep(bank, attempt, [], none);
    if (first.done) throw new Error('expected an item');
    const answers = [{ itemId: first.itemId, correct: true }];
    const second = nextStep(bank, attempt, answers, none);
    if (second.done) throw new Error('expected an item');
    // A reviewer's edit made `second` a new version of the item already answered.
    const lineage = [first.itemId, second.itemId];
    const edited = { ...bank, lineages: new Map(lineage.map((id) => [id, lineage])) };
    const step = nextStep(edited, attempt, answers, none);
    expect(step.done).toBe(false);
    expect(!step.done && lineage).not.toContain(!step.done && step.itemId);
  });

  it('follows the exposure counts it is given: an over-exposed item is not served while others are open', () => {
    const attempt = { id: 'attempt-2', excludedItemIds: [] };
    const first = nextStep(bank, attempt, [], none);
    if (first.done) throw new Error('expected an item');
    // As the database counts them: attempts started in the window, and per item how many were served it.
    const exposure = exposureFromRows(100, [{ item_id: first.itemId, seen: 90 }]);
    const capped = nextStep(bank, attempt, [], exposure);
    expect(capped.done).toBe(false);
    expect(!capped.done && capped.itemId).not.toBe(first.itemId);
  });
});

describe(withLineages.name, () => {
  it('adds every version of each item and leaves items with one version as they are', () => {
    const lineages = new Map([
      ['q1', ['q1', 'q1-v2', 'q1-v3']],
      ['q1-v2', ['q1', 'q1-v2', 'q1-v3']],
      ['q1-v3', ['q1', 'q1-v2', 'q1-v3']],
    ]);
    expect([...withLineages(lineages, ['q1-v2', 'q9'])].sort()).toEqual(['q1', 'q1-v2', 'q1-v3', 'q9']);
    expect([...withLineages(new Map(), [])]).toEqual([]);
  });
});

describe(optionOrderFor.name, () => {
  const steps = ['s1', 's2', 's3'].map((id) => ({ id, text: { vi: id } }));

  it('shuffles an ordering item away from its key, and leaves other types alone', () => {
    const item = { type: 'ordering' as const, options: steps, answer: { order: ['s1', 's2', 's3'] } };
    for (let n = 0; n < 50; n++) {
      const order = optionOrderFor(item);
      expect(order).not.toEqual(['s1', 's2', 's3']);
      expect([...(order ?? [])].sort()).toEqual(['s1', 's2', 's3']);
    }
    expect(optionOrderFor({ type: 'single_choice', options: steps, answer: { optionId: 's1' } })).toBeNull();
    expect(optionOrderFor(undefined)).toBeNull();
  });
});
