/** One simulated person's result in one domain. */
export interface DomainOutcome {
  /** Which simulated person (a person has one outcome per domain). */
  person: number;
  domain: string;
  trueTheta: number;
  theta: number;
  trueLevel: number;
  level: number;
  items: number;
  /** Posterior probabilities of level ≥ 2 and ≥ 3; null where the scoring has none (today's rule). */
  atLeast: [number, number] | null;
}

export interface DomainMetrics {
  people: number;
  meanItems: number;
  rmse: number;
  bias: number;
  exact: number;
  within1: number;
  /** The same band of the framework (levels 1–2, 3–4, 5–6, 7–8). */
  band: number;
  /** Agreement on "level ≥ 2" and "level ≥ 3", the K3 and K4 thresholds of the default KPI rule. */
  k3: number;
  k4: number;
  /** Share of people at level ≥ 2 and ≥ 3, true and estimated: what a KPI counts. */
  shares: { k3: [number, number, number]; k4: [number, number, number] };
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

/** True share at level ≥ min, share of estimated levels ≥ min, and the mean posterior probability of level ≥ min. */
const share = (outcomes: DomainOutcome[], min: 2 | 3): [number, number, number] => [
  mean(outcomes.map((o) => (o.trueLevel >= min ? 1 : 0))),
  mean(outcomes.map((o) => (o.level >= min ? 1 : 0))),
  mean(outcomes.map((o) => o.atLeast?.[min - 2] ?? NaN)),
];

export function domainMetrics(outcomes: DomainOutcome[]): DomainMetrics {
  const errors = outcomes.map((o) => o.theta - o.trueTheta);
  const agree = (min: number) => mean(outcomes.map((o) => (o.level >= min === o.trueLevel >= min ? 1 : 0)));
  return {
    people: outcomes.length,
    meanItems: mean(outcomes.map((o) => o.items)),
    rmse: Math.sqrt(mean(errors.map((e) => e * e))),
    bias: mean(errors),
    exact: mean(outcomes.map((o) => (o.level === o.trueLevel ? 1 : 0))),
    within1: mean(outcomes.map((o) => (Math.abs(o.level - o.trueLevel) <= 1 ? 1 : 0))),
    band: mean(outcomes.map((o) => (Math.ceil(o.level / 2) === Math.ceil(o.trueLevel / 2) ? 1 : 0))),
    k3: agree(2),
    k4: agree(3),
    shares: { k3: share(outcomes, 2), k4: share(outcomes, 3) },
  };
}

/** Outcomes of many people, grouped by domain in the order given. */
export function byDomain(outcomes: DomainOutcome[], domains: string[]): Map<string, DomainOutcome[]> {
  return new Map(domains.map((d) => [d, outcomes.filter((o) => o.domain === d)]));
}

/** The default KPI rule's digital-skills criterion (migration CreateReporting): these domains, all at a level. */
export const KPI_RULE = { skillDomains: ['1', '2', '4'], k3MinLevel: 2, k4MinLevel: 3 } as const;

/**
 * K3 and K4 of a population by the KPI rule, three ways: true levels, counted from estimated levels (every rule domain
 * at the level), and summed probabilities — a person's probability that every rule domain is at the level, the
 * product of the domains' posterior probabilities (each domain is estimated from its own items alone, so the
 * posteriors are independent). The rollups compute the third (docs/assessment.md §8).
 */
export function ruleShares(outcomes: DomainOutcome[]): { k3: [number, number, number]; k4: [number, number, number] } {
  const people = new Map<number, DomainOutcome[]>();
  for (const o of outcomes)
    if ((KPI_RULE.skillDomains as readonly string[]).includes(o.domain))
      people.set(o.person, [...(people.get(o.person) ?? []), o]);
  const persons = [...people.values()].filter((p) => p.length === KPI_RULE.skillDomains.length);
  const three = (min: 2 | 3): [number, number, number] => [
    mean(persons.map((p) => (p.every((o) => o.trueLevel >= min) ? 1 : 0))),
    mean(persons.map((p) => (p.every((o) => o.level >= min) ? 1 : 0))),
    mean(persons.map((p) => p.reduce((prod, o) => prod * (o.atLeast?.[min - 2] ?? NaN), 1))),
  ];
  return { k3: three(KPI_RULE.k3MinLevel), k4: three(KPI_RULE.k4MinLevel) };
}
