/**
 * The simulation study of the adaptive assessment (issue 8 §2): `npm run assessment:simulate`.
 *   npx tsx tools/assessment/simulate.ts [--examinees 2000] [--seed 2026]
 * Prints a markdown report on stdout (progress on stderr); the same seed gives the same figures.
 */
import {
  printBanks,
  printConditions,
  printDomainTable,
  printFixedForms,
  printGoals,
  printWhatItTakes,
} from './lib/study-report';
import { printKpiShares } from './lib/kpi-report';
import { runStudy } from './lib/study';
import { machine, numberOption, step } from './lib/report';

const examinees = numberOption('examinees', 2000, 50, 50_000);
const seedAt = process.argv.indexOf('--seed');
const seed = seedAt >= 0 ? process.argv[seedAt + 1] : '2026';

const started = performance.now();
step(`${examinees} simulated people per condition, seed ${seed}`);
const study = runStudy(examinees, seed);
console.log('# Simulation study: the adaptive digital-skills assessment\n');
console.log(`- Command: \`npm run assessment:simulate -- --examinees ${examinees} --seed ${seed}\``);
for (const line of machine()) console.log(`- ${line}`);
console.log(
  `- Engine config ${study.config.version}, cut scores ${study.cutScores.version}; ${examinees} people per condition`,
);
console.log(`- Run time: ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
printBanks(study);
printDomainTable('Real bank, calibrated parameters, N(0, 1)', study.main.real, study);
printDomainTable('Synthetic 480-item bank, calibrated parameters, N(0, 1)', study.main.synthetic, study);
printConditions(study);
printKpiShares(study);
printFixedForms(study);
printWhatItTakes(study);
printGoals(study);
