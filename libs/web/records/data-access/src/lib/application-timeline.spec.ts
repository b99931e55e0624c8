import { Transition } from '@lc/shared-contracts';
import { applicationTimeline } from './application-timeline';

const step = (
  from: Transition['from'],
  to: Transition['to'],
  at: string,
  reason: string | null = null,
): Transition => ({
  from,
  to,
  at,
  reason,
  actorName: 'Cán bộ',
  actorRole: 'verifier',
  evidenceProblem: null,
  evidenceOverride: null,
});

describe('applicationTimeline', () => {
  it('marks the steps reached as done and the next as current', () => {
    const timeline = applicationTimeline({
      status: 'submitted',
      transitions: [step(null, 'draft', '2026-01-01'), step('draft', 'submitted', '2026-01-02')],
    });
    expect(timeline.entries.map((e) => [e.step, e.state, e.at])).toEqual([
      ['draft', 'done', '2026-01-01'],
      ['submitted', 'current', '2026-01-02'],
      ['verified', 'todo', null],
      ['recognised', 'todo', null],
    ]);
    expect(timeline.detour).toBeNull();
  });

  it('completes every step once recognised', () => {
    const timeline = applicationTimeline({ status: 'recognised', transitions: [] });
    expect(timeline.entries.map((e) => e.state)).toEqual(['done', 'done', 'done', 'done']);
  });

  it('puts a returned application back with the citizen, with the reason', () => {
    const timeline = applicationTimeline({
      status: 'returned',
      transitions: [
        step(null, 'draft', '2026-01-01'),
        step('draft', 'submitted', '2026-01-02'),
        step('submitted', 'returned', '2026-01-03', 'Thiếu minh chứng'),
      ],
    });
    expect(timeline.entries.map((e) => e.state)).toEqual(['current', 'todo', 'todo', 'todo']);
    expect(timeline).toMatchObject({ detour: 'returned', reason: 'Thiếu minh chứng' });
  });

  it('stops a rejected application after verification', () => {
    const timeline = applicationTimeline({
      status: 'rejected',
      transitions: [step('verified', 'rejected', '2026-01-05', 'Không đủ điểm')],
    });
    expect(timeline.entries.map((e) => e.state)).toEqual(['done', 'done', 'current', 'todo']);
    expect(timeline.reason).toBe('Không đủ điểm');
  });
});
