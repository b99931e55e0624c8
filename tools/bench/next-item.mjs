// Usage: node tools/bench/next-item.mjs [--calls 20000] [--attempts 300]
//
// CPU cost of choosing the next item of the adaptive assessment (libs/api/assessment-engine), the work the answer-save
// path adds per answer: replay the stored answers into six posteriors, apply the stop rules, pick an item. Measured
// on the real bank and on synthetic banks of 480 and 960 items, over states taken from whole simulated attempts (0
// to 29 answers), with exposure counts for every item. No server, no database: this is the engine alone.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { resolve } from 'node:path';
import { goal, num, options, step, table } from './lib/report.mjs';

// The engine is TypeScript: rerun this script under tsx's loader, which compiles it on import.
if (!process.execArgv.includes('tsx')) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', ...process.argv.slice(1)], { stdio: 'inherit' });
  process.exit(run.status ?? 1);
}

const opts = options('node tools/bench/next-item.mjs', {
  calls: [20_000, 100, 1_000_000, 'next-item calls measured per bank'],
  attempts: [300, 10, 10_000, 'simulated attempts whose states are replayed'],
});

const ROOT = resolve(import.meta.dirname, '../..');
const engine = await import('../../libs/api/assessment-engine/src/index.ts');
const testing = await import('../../libs/api/assessment-engine/src/testing.ts');
const content = await import('../../libs/api/content/src/index.ts');
const config = engine.parseEngineConfig(
  JSON.parse(readFileSync(resolve(ROOT, 'content/assessment/engine-config.json'), 'utf8')),
);

/** Every answer prefix of `attempts` simulated attempts: the states a server meets, in the mix it meets them. */
function attemptStates(bank, attempts) {
  const rng = engine.createRng('bench-states');
  const states = [];
  for (let p = 0; p < attempts; p++) {
    const theta = engine.normalDeviate(rng);
    const answers = [];
    for (;;) {
      states.push(answers.slice());
      const next = engine.nextItem(bank, { answers, rng });
      if (next.done) break;
      const item = bank.items[bank.index.get(next.itemId)];
      answers.push({ itemId: next.itemId, correct: rng() < engine.probability(item, theta) });
    }
  }
  return states;
}

function percentile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

function measure(label, items) {
  step(`${label}: preparing`);
  const t0 = performance.now();
  const bank = engine.prepareBank(items, config);
  const prepareMs = performance.now() - t0;
  const states = attemptStates(bank, opts.attempts);
  const exposure = { examinees: 1000, seen: new Map(items.map((i, n) => [i.id, (n * 37) % 260])) };
  const rng = engine.createRng('bench-calls');
  for (let i = 0; i < 2000; i++) engine.nextItem(bank, { answers: states[i % states.length], exposure, rng });
  step(`${label}: ${opts.calls} calls over ${states.length} states`);
  const wall = new Float64Array(opts.calls);
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < opts.calls; i++) {
    const start = performance.now();
    engine.nextItem(bank, { answers: states[i % states.length], exposure, rng });
    wall[i] = performance.now() - start;
  }
  const cpu = process.cpuUsage(cpu0);
  wall.sort();
  const cpuMs = (cpu.user + cpu.system) / 1000 / opts.calls;
  return {
    label,
    items: items.length,
    prepareMs,
    cpuMs,
    p50: percentile(wall, 0.5),
    p99: percentile(wall, 0.99),
    max: wall[wall.length - 1],
  };
}

const real = content.parseItems(content.loadItemBank(resolve(ROOT, 'content/items')));
const rows = [
  measure('real bank', real),
  measure('synthetic 480', testing.syntheticItems()),
  measure('synthetic 960', testing.syntheticItems(undefined, [8, 8, 6, 6, 6, 6])),
];

const cpus = os.cpus();
console.log('# Next-item selection — CPU per call\n');
console.log(
  `- Hardware: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM`,
);
console.log(
  `- Node ${process.version}, ${os.type()} ${os.release()}; load average at end: ${os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}`,
);
console.log(`- Engine config ${config.version}; options: --calls ${opts.calls} --attempts ${opts.attempts}\n`);
table(
  ['bank', 'items', 'prepare (once)', 'CPU per call', 'wall p50', 'wall p99', 'wall max'],
  rows.map((r) => [
    r.label,
    r.items,
    `${num(r.prepareMs, 1)} ms`,
    `${num(r.cpuMs * 1000, 1)} µs`,
    `${num(r.p50 * 1000, 1)} µs`,
    `${num(r.p99 * 1000, 1)} µs`,
    `${num(r.max, 2)} ms`,
  ]),
);
const worst = Math.max(...rows.filter((r) => r.items >= 480).map((r) => r.cpuMs));
goal('next-item selection ≤ 2 ms CPU at 480+ items', worst <= 2, `${num(worst * 1000, 1)} µs per call`);
