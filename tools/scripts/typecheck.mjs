// `npm test -- typecheck`: the API as it is built, and every spec file beside the code it tests. Jest only
// transpiles specs (isolatedModules, for speed), so this is where a spec that drifted from its types is caught.
import { spawn } from 'node:child_process';

const projects = ['apps/api/tsconfig.app.json', 'tsconfig.specs-api.json', 'tsconfig.specs-web.json'];

const check = (project) =>
  new Promise((done) => {
    const tsc = spawn('npx', ['tsc', '--noEmit', '-p', project], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    tsc.stdout.on('data', (chunk) => (output += chunk));
    tsc.stderr.on('data', (chunk) => (output += chunk));
    tsc.on('close', (code) => done({ project, code, output }));
  });

// Two at a time: the machines this runs on have two cores.
const results = [...(await Promise.all(projects.slice(0, 2).map(check))), await check(projects[2])];
for (const { project, code, output } of results) {
  console.log(`${code === 0 ? 'ok' : 'FAILED'}  ${project}`);
  if (output.trim()) console.log(output.trimEnd());
}
process.exit(results.some((r) => r.code !== 0) ? 1 : 0);
