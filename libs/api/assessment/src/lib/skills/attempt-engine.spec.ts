import { answersOf, finishedDomains, nextStep } from './attempt-engine';
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
