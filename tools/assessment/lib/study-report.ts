import { exposure } from './adaptive-run';
import { domainOf } from './engine';
import { byDomain, DomainMetrics, domainMetrics, DomainOutcome } from './outcomes';
import { fixed, goal, pct, table } from './report';
import type { Condition, Study } from './study';

const DOMAINS = ['1', '2', '3', '4', '5', '6'];
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))];

function metricsOf(outcomes: DomainOutcome[]): Map<string, DomainMetrics> {
  return new Map([...byDomain(outcomes, DOMAINS)].filter(([, o]) => o.length).map(([d, o]) => [d, domainMetrics(o)]));
}

export function printBanks(study: Study): void {
  console.log('## The banks\n');
  table(
    ['bank', 'items', ...DOMAINS.map((d) => `domain ${d}`), 'levels', 'per competence (min–max)'],
    study.banks.map((bank) => {
      const perCompetence = new Map<string, number>();
      for (const i of bank.items) perCompetence.set(i.competence, (perCompetence.get(i.competence) ?? 0) + 1);
      const counts = [...perCompetence.values()];
      return [
        bank.label,
        bank.items.length,
        ...DOMAINS.map((d) => bank.items.filter((i) => domainOf(i.competence) === d).length),
        [...new Set(bank.items.map((i) => i.level))].sort().join(', '),
        `${Math.min(...counts)}–${Math.max(...counts)}`,
      ];
    }),
  );
  console.log(
    'Simulated people answer by "true" parameters drawn around the level mapping: a = exp(N(0, 0.3²)), ' +
      'b = the level\'s b + N(0, 0.5²). "Calibrated" means the engine knows them; "prior only" means it uses the ' +
      'level mapping (a = 1, b = −1.5 + (level − 1)), as before the first calibration.\n',
  );
}

export function printDomainTable(title: string, c: Condition, study: Study): void {
  console.log(`## ${title}\n`);
  const metrics = metricsOf(c.run.outcomes);
  const rate = (id: string) => (c.run.seen.get(id) ?? 0) / c.run.examinees;
  table(
    [
      'domain',
      'bank items',
      'mean items',
      'RMSE θ',
      'bias θ',
      'exact level',
      '±1 level',
      'exact band',
      'level ≥ 2 (K3)',
      'level ≥ 3 (K4)',
      'max exposure',
    ],
    DOMAINS.map((d) => {
      const m = metrics.get(d) as DomainMetrics;
      const ids = c.bank.items.filter((i) => domainOf(i.competence) === d).map((i) => i.id);
      return [
        d,
        ids.length,
        fixed(m.meanItems, 1),
        fixed(m.rmse),
        fixed(m.bias),
        pct(m.exact),
        pct(m.within1),
        pct(m.band),
        pct(m.k3),
        pct(m.k4),
        pct(Math.max(...ids.map(rate))),
      ];
    }),
  );
  const e = exposure(c.run, c.bank.items);
  const minutes = c.run.minutes
    ? `; expected time ${fixed(mean(c.run.minutes), 1)} min (90th percentile ${fixed(quantile(c.run.minutes, 0.9), 1)})`
    : '';
  console.log(
    `Test length: mean ${fixed(mean(c.run.lengths), 1)}, max ${Math.max(...c.run.lengths)} items${minutes}. ` +
      `Exposure: max ${pct(e.max)}, mean ${pct(e.mean)} over the ${c.bank.items.length} items (${study.examinees} people). ` +
      'The K3/K4 columns are the share of people put on the right side of "level ≥ 2" and "level ≥ 3". What a KPI ' +
      'counts is the share above: true, counted from estimated levels, and summed from posterior probabilities:\n',
  );
  table(
    ['domain', 'level ≥ 2: true / counted / summed', 'level ≥ 3: true / counted / summed'],
    DOMAINS.map((d) => {
      const { k3, k4 } = (metrics.get(d) as DomainMetrics).shares;
      return [d, k3.map((x) => pct(x)).join(' / '), k4.map((x) => pct(x)).join(' / ')];
    }),
  );
}

function summary(c: Condition) {
  const all = [...metricsOf(c.run.outcomes).values()];
  return {
    length: mean(c.run.lengths),
    exactWorst: Math.min(...all.map((m) => m.exact)),
    exactMean: mean(all.map((m) => m.exact)),
    within1Worst: Math.min(...all.map((m) => m.within1)),
    bandWorst: Math.min(...all.map((m) => m.band)),
    rmse: mean(all.map((m) => m.rmse)),
    biasMin: Math.min(...all.map((m) => m.bias)),
    biasMax: Math.max(...all.map((m) => m.bias)),
    k3: Math.min(...all.map((m) => m.k3)),
    k4: Math.min(...all.map((m) => m.k4)),
    exposure: exposure(c.run, c.bank.items).max,
  };
}

export function printConditions(study: Study): void {
  console.log('## Every condition (worst domain / mean of the six)\n');
  table(
    [
      'bank',
      'parameters',
      'population',
      'mean length',
      'exact worst / mean',
      '±1 worst',
      'band worst',
      'RMSE θ',
      'bias θ range',
      'K3 / K4 worst',
      'max exposure',
    ],
    study.conditions.map((c) => {
      const s = summary(c);
      return [
        c.bank.label,
        c.parameters,
        c.population.label,
        fixed(s.length, 1),
        `${pct(s.exactWorst)} / ${pct(s.exactMean)}`,
        pct(s.within1Worst),
        pct(s.bandWorst),
        fixed(s.rmse),
        `${fixed(s.biasMin)} … ${fixed(s.biasMax)}`,
        `${pct(s.k3)} / ${pct(s.k4)}`,
        pct(s.exposure),
      ];
    }),
  );
}

export function printFixedForms(study: Study): void {
  console.log("## Today's fixed 6-item course tests (real bank, N(0, 1))\n");
  const today = metricsOf(study.fixed.today);
  const eap = metricsOf(study.fixed.eap);
  table(
    [
      'domain',
      'people tested',
      'items each',
      'RMSE θ (EAP)',
      'bias θ',
      "exact, today's rule",
      "±1, today's rule",
      'exact, EAP + cuts',
      '±1, EAP + cuts',
      "K3 / K4, today's rule",
    ],
    DOMAINS.map((d) => {
      const t = today.get(d);
      const e = eap.get(d);
      if (!t || !e) return [d, 0, '—', '—', '—', '—', '—', '—', '—', 'no course tests it'];
      return [
        d,
        t.people,
        fixed(t.meanItems, 1),
        fixed(e.rmse),
        fixed(e.bias),
        pct(t.exact),
        pct(t.within1),
        pct(e.exact),
        pct(e.within1),
        `${pct(t.k3)} / ${pct(t.k4)}`,
      ];
    }),
  );
  table(
    ['course test', 'domains', 'takers', 'max exposure'],
    study.fixed.courses.map((c) => [c.slug, c.domains.join(', '), c.takers, pct(c.maxExposure)]),
  );
  console.log(
    "Today's rule climbs levels while at least half of a level's items are right and gives a domain its weakest " +
      'competence; the blueprints draw levels 1–2 only, so no one can be placed above level 2.\n',
  );
}

export function printWhatItTakes(study: Study): void {
  console.log('## What the goals would take (synthetic 480, calibrated, N(0, 1), fixed length)\n');
  const scales = [...new Set(study.whatItTakes.map((w) => w.aScale))];
  const lengths = [...new Set(study.whatItTakes.map((w) => w.perDomain))];
  const rows = [true, false].flatMap((constrained) => lengths.map((n) => ({ n, constrained })));
  table(
    [
      'items per domain',
      'total items',
      'exposure cap and content balance',
      ...scales.map((a) => `a × ${a}: exact worst / mean, ±1 worst`),
    ],
    rows.map(({ n, constrained }) => [
      n,
      6 * n,
      constrained ? 'as configured' : 'none',
      ...scales.map((a) => {
        const w = study.whatItTakes.find((x) => x.aScale === a && x.perDomain === n && x.constrained === constrained);
        if (!w) return '—';
        const s = summary(w.condition);
        return `${pct(s.exactWorst)} / ${pct(s.exactMean)}, ${pct(s.within1Worst)}`;
      }),
    ]),
  );
  console.log(
    `(${study.whatItTakes[0]?.condition.run.examinees ?? 0} people per cell; a × 1 is the spread of the other tables, ` +
      'median a = 1; "none" shows what measurement alone allows.)\n',
  );
}

export function printGoals(study: Study): void {
  console.log('## Goals of issue 8\n');
  for (const [label, c] of [
    ['real bank', study.main.real],
    ['synthetic 480', study.main.synthetic],
  ] as const) {
    const s = summary(c);
    console.log(`${label}, calibrated, N(0, 1):\n`);
    goal(
      'exact level ≥ 80 % in every domain',
      s.exactWorst >= 0.8,
      `worst ${pct(s.exactWorst)}, mean ${pct(s.exactMean)}`,
    );
    goal('±1 level ≥ 98 % in every domain', s.within1Worst >= 0.98, `worst ${pct(s.within1Worst)}`);
    goal('mean length ≤ 30 items', s.length <= 30, `${fixed(s.length, 1)}`);
    goal('no item seen by more than 25 % of people', s.exposure <= 0.25, `max ${pct(s.exposure)}`);
    console.log('');
  }
}
