import { KPI_RULE, ruleShares } from './outcomes';
import { pct, table } from './report';
import type { Study } from './study';

/** What K3/K4 would read under each condition: the error of counting estimated levels against summing probabilities. */
export function printKpiShares(study: Study): void {
  const { skillDomains, k3MinLevel, k4MinLevel } = KPI_RULE;
  console.log(`## K3 and K4 by the KPI rule: counted levels or summed probabilities\n`);
  const points = (x: number) => `${x >= 0 ? '+' : ''}${(100 * x).toFixed(1)}`;
  const cell = ([truth, counted, summed]: [number, number, number]) => [
    `${pct(truth)} / ${pct(counted)} / ${pct(summed)}`,
    `${points(counted - truth)} / ${points(summed - truth)}`,
  ];
  table(
    [
      'bank',
      'parameters',
      'population',
      'K3: true / counted / summed',
      'K3 error: counted / summed (points)',
      'K4: true / counted / summed',
      'K4 error: counted / summed (points)',
    ],
    study.conditions.map((c) => {
      const shares = ruleShares(c.run.outcomes);
      return [c.bank.label, c.parameters, c.population.label, ...cell(shares.k3), ...cell(shares.k4)];
    }),
  );
  console.log(
    `A person has digital skills when domains ${skillDomains.join(', ')} are all at level ≥ ${k3MinLevel} (K3), ` +
      `is proficient when they are all at level ≥ ${k4MinLevel} (K4). "Counted" counts a person whose estimated ` +
      'levels all reach it; "summed" adds each person\'s probability of it, the product of the domains\' posterior ' +
      'probabilities, as the KPI rollups do.\n',
  );
}
