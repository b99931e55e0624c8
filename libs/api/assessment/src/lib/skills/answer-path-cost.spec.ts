import { createRng } from '@lc/api-assessment-engine';
import { isCorrect } from '../grading';
import { answersOf, nextStep } from './attempt-engine';
import { toSkillsAttempt } from './attempt-view';
import { testServingBank } from './testing-bank';

/**
 * The CPU an answer costs the server besides the database: grading, the engine's next item and the view, at the
 * bank size issue 8 asks for (480 items, levels 1–6). The budget is 2 ms; the engine alone measures about 20 µs.
 */
describe('answer path CPU', () => {
  it('costs well under 2 ms per answer at 480 items', () => {
    const bank = testServingBank();
    expect(bank.prepared.items).toHaveLength(480);
    const rng = createRng('cost');
    const exposure = { examinees: 200, seen: new Map(bank.prepared.items.map((i) => [i.id, Math.floor(rng() * 60)])) };
    const started = new Date();
    let calls = 0;
    const before = process.cpuUsage();
    for (let person = 0; person < 40; person++) {
      const attempt = {
        id: `p${person}`,
        excludedItemIds: [],
        startedAt: started,
        deadlineAt: started,
        extraTime: false,
        finishedAt: null,
      };
      const rows: { position: number; itemId: string; correct: boolean | null; answered: boolean }[] = [];
      for (;;) {
        const step = nextStep(bank, attempt, answersOf(rows), exposure);
        calls++;
        if (step.done) break;
        const item = bank.items.get(step.itemId)!;
        const correct = isCorrect(item, { optionIds: [rng() < 0.5 ? 'a' : 'b'] });
        rows.push({ position: rows.length + 1, itemId: step.itemId, correct, answered: true });
        toSkillsAttempt(attempt, rows, bank, null);
      }
      expect(rows.length).toBeLessThanOrEqual(bank.rules.engine.stop.maxTotal);
    }
    const used = process.cpuUsage(before);
    const perCallMs = (used.user + used.system) / 1000 / calls;
    expect(perCallMs).toBeLessThan(2);
  });
});
