import { Application, ChainProblem, Trust } from '@lc/shared-contracts';

export const TRUST_LEVELS: Trust[] = ['verified', 'attested', 'reported', 'declared'];

export interface ForwardSummaryRow {
  code: string;
  applicantScore: number | null;
  officerScore: number | null;
  /** Evidence records behind the item, by trust level. */
  trustCounts: Record<Trust, number>;
  /** The officer's score differs from the applicant's own. */
  changed: boolean;
}

/** What an officer confirms before forwarding: both scores per criterion, the evidence behind them, the chain. */
export interface ForwardSummary {
  rows: ForwardSummaryRow[];
  applicantTotal: number;
  officerTotal: number;
  trustTotals: Record<Trust, number>;
  /** Records a citizen's browser reported or the citizen declared: shown, but they prove participation only. */
  selfReported: number;
  evidenceIntact: boolean;
  evidenceProblem: ChainProblem | null;
}

const noTrust = (): Record<Trust, number> => ({ verified: 0, attested: 0, reported: 0, declared: 0 });

export function forwardSummary(app: Application, officerScores: Record<string, number>): ForwardSummary {
  const evidence = new Map(app.evidence.map((e) => [e.itemCode, e]));
  const trustTotals = noTrust();
  const rows = app.criteriaSet.items.map((item) => {
    const trustCounts = { ...noTrust(), ...(evidence.get(item.code)?.trustCounts ?? {}) };
    for (const level of TRUST_LEVELS) trustTotals[level] += trustCounts[level];
    const applicantScore = app.scores[item.code] ?? null;
    const officerScore = officerScores[item.code] ?? null;
    return { code: item.code, applicantScore, officerScore, trustCounts, changed: applicantScore !== officerScore };
  });
  const sum = (pick: (row: ForwardSummaryRow) => number | null) => rows.reduce((n, row) => n + (pick(row) ?? 0), 0);
  return {
    rows,
    applicantTotal: sum((row) => row.applicantScore),
    officerTotal: sum((row) => row.officerScore),
    trustTotals,
    selfReported: trustTotals.reported + trustTotals.declared,
    evidenceIntact: app.evidenceIntact,
    evidenceProblem: app.evidenceProblem,
  };
}
