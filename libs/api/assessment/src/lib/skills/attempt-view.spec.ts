import { toSkillsAttempt } from './attempt-view';
import { testServingBank } from './testing-bank';

const bank = testServingBank();
const attempt = {
  id: 'a1',
  startedAt: new Date('2026-12-10T08:00:00Z'),
  deadlineAt: new Date('2026-12-10T09:00:00Z'),
  extraTime: false,
  finishedAt: null,
};
const rows = [
  { position: 1, itemId: '1.1-L1-001', answered: true },
  { position: 2, itemId: '1.2-L2-001', answered: true },
  { position: 3, itemId: '2.3-L3-002', answered: false },
];

describe(toSkillsAttempt.name, () => {
  const view = toSkillsAttempt(attempt, rows, bank, null);

  it('shows the one question to answer now, and progress by domain', () => {
    expect(view).toMatchObject({ id: 'a1', status: 'open', answered: 2, maxQuestions: 30, result: null });
    expect(view.question).toEqual({
      position: 3,
      domain: '2',
      type: 'single_choice',
      stem: bank.items.get('2.3-L3-002')!.stem,
      options: bank.items.get('2.3-L3-002')!.options,
    });
    expect(view.domains.map((d) => [d.code, d.status, d.answered])).toEqual([
      ['1', 'done', 2],
      ['2', 'current', 0],
      ['3', 'upcoming', 0],
      ['4', 'upcoming', 0],
      ['5', 'upcoming', 0],
      ['6', 'upcoming', 0],
    ]);
  });

  it('shows an ordering item in the order the server served it, not as stored', () => {
    const steps = ['s1', 's2', 's3'].map((id) => ({ id, text: { vi: id } }));
    const item = {
      ...bank.items.get('2.3-L3-002')!,
      type: 'ordering' as const,
      options: steps,
      answer: { order: ['s1', 's2', 's3'] },
    };
    const withOrdering = { ...bank, items: new Map([...bank.items, [item.id, item]]) };
    const served = rows.map((r) => (r.position === 3 ? { ...r, optionOrder: ['s3', 's1', 's2'] } : r));
    const question = toSkillsAttempt(attempt, served, withOrdering, null).question;
    expect(question?.options.map((o) => o.id)).toEqual(['s3', 's1', 's2']);
  });

  it('never carries an item id, level, key or correctness, which would tell how the last answer went', () => {
    const json = JSON.stringify(view);
    expect(json).not.toMatch(/-L\d-\d{3}|"(itemId|level|answer|correct|explanation|optionId)"/);
    expect(Object.keys(view.question!).sort()).toEqual(['domain', 'options', 'position', 'stem', 'type']);
  });

  it('offers true and false for a true/false item', () => {
    const tf = new Map(bank.items);
    tf.set('2.3-L3-002', { ...bank.items.get('2.3-L3-002')!, type: 'true_false', options: [] });
    const q = toSkillsAttempt(attempt, rows, { ...bank, items: tf }, null).question!;
    expect(q.options.map((o) => o.id)).toEqual(['true', 'false']);
  });

  it('shows a finished attempt with no question and every domain done', () => {
    const done = toSkillsAttempt({ ...attempt, finishedAt: new Date() }, rows, bank, null);
    expect(done.status).toBe('finished');
    expect(done.question).toBeNull();
    expect(done.domains.every((d) => d.status === 'done')).toBe(true);
  });
});
