import { Application, ItemEvidence } from '@lc/shared-contracts';
import { forwardSummary } from './forward-summary';

const evidence = (itemCode: string, counts: Partial<ItemEvidence['trustCounts']>): ItemEvidence => ({
  itemCode,
  records: [],
  trustCounts: { verified: 0, attested: 0, reported: 0, declared: 0, ...counts },
  suggestedScore: null,
  suggestionReason: null,
  suggestionTrust: [],
  suggestionCapped: false,
});

const app = (over: Partial<Application> = {}): Application =>
  ({
    criteriaSet: {
      items: [
        { code: '1.1', maxScore: 10 },
        { code: '2.1', maxScore: 10 },
        { code: '2.2', maxScore: 10 },
      ],
    },
    scores: { '1.1': 9, '2.1': 8, '2.2': 10 },
    evidence: [evidence('2.1', { verified: 2, reported: 3 }), evidence('2.2', { attested: 1, declared: 1 })],
    evidenceIntact: true,
    evidenceProblem: null,
    ...over,
  }) as Application;

describe('forwardSummary', () => {
  it('sets the officer’s scores beside the applicant’s, marking each item scored differently', () => {
    const summary = forwardSummary(app(), { '1.1': 6, '2.1': 8, '2.2': 10 });
    expect(summary.rows.map((r) => [r.code, r.applicantScore, r.officerScore, r.changed])).toEqual([
      ['1.1', 9, 6, true],
      ['2.1', 8, 8, false],
      ['2.2', 10, 10, false],
    ]);
    expect(summary.applicantTotal).toBe(27);
    expect(summary.officerTotal).toBe(24);
  });

  it('counts the evidence per trust level and singles out what the citizen reported or declared', () => {
    const summary = forwardSummary(app(), {});
    expect(summary.trustTotals).toEqual({ verified: 2, attested: 1, reported: 3, declared: 1 });
    expect(summary.selfReported).toBe(4);
    expect(summary.rows[0].trustCounts).toEqual({ verified: 0, attested: 0, reported: 0, declared: 0 });
    expect(summary.rows[0].officerScore).toBeNull();
  });

  it('carries the state of the evidence chain', () => {
    const broken = forwardSummary(app({ evidenceIntact: false, evidenceProblem: 'modified' }), {});
    expect(broken).toMatchObject({ evidenceIntact: false, evidenceProblem: 'modified' });
  });
});
