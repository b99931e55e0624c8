// `npm test`: everything CI checks, in order — formatting, commit subjects, lint (with module boundaries), type checks, unit tests,
// integration tests on real PostgreSQL, then the browser journey in Chromium against the built app.
import { spawnSync } from 'node:child_process';

const env = {
  ...process.env,
  NX_DAEMON: 'false',
  NX_NO_CLOUD: 'true',
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
  FORCE_COLOR: '0',
};
const only = process.argv[2];
const steps = [
  ['format', 'npx', ['prettier', '--check', '--log-level=warn', '.']],
  ['commits', 'node', ['tools/scripts/check-commits.mjs']],
  ['lint', 'npx', ['nx', 'run-many', '-t', 'lint', '--parallel=2', '--output-style=static']],
  ['typecheck', 'node', ['tools/scripts/typecheck.mjs']],
  ['unit', 'npx', ['nx', 'run-many', '-t', 'test', '--parallel=2', '--output-style=static']],
  ['integration', 'npx', ['jest', '-c', 'apps/api/jest.int.config.ts', '--runInBand']],
  ['build', 'npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--output-style=static']],
  ['e2e', 'npx', ['playwright', 'test', '-c', 'e2e/web/playwright.config.ts']],
];

const started = Date.now();
const summary = [];
for (const [name, cmd, args] of steps) {
  if (only && only !== name) continue;
  const t = Date.now();
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  const seconds = ((Date.now() - t) / 1000).toFixed(0);
  summary.push(`${name} ${r.status === 0 ? 'passed' : 'FAILED'} (${seconds} s)`);
  if (r.status !== 0) {
    console.log(`\n${summary.join('\n')}\n${summary.length - 1} passed, 1 failed`);
    process.exit(r.status ?? 1);
  }
}
console.log(`\n${summary.join('\n')}\nAll steps passed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`${summary.length} passed, 0 failed`);
