// Usage: node tools/bench/sign-in.mjs [--users 300] [--connections 20] [--duration 15]
//        ARGON2_MEMORY_KIB=19456 ARGON2_TIME_COST=2 node tools/bench/sign-in.mjs   (other argon2 parameters)
//
// A sign-in storm (everyone arriving for the same session): POST /api/auth/login round-robin over N accounts.
// argon2 verification dominates, and it runs at the parameters stored in the hash, so the accounts are hashed with
// the ARGON2_* parameters given here (default: the API's defaults), which the API receives too. The API throttles
// an account only after failed tries, so successful sign-ins may repeat freely.
import os from 'node:os';
import { argon2Params, createCitizens, PASSWORD, signIn } from './lib/accounts.mjs';
import { ceilings, phase, PHASE_HEADERS, phaseRow, rotate, warmUp } from './lib/load.mjs';
import { runBench, startPlatform } from './lib/platform.mjs';
import { goal, header, mapLimit, num, options, pct, step, table } from './lib/report.mjs';

const opts = options('node tools/bench/sign-in.mjs', {
  users: [300, 1, 20_000, 'accounts signed in round-robin'],
  connections: [20, 1, 1000, 'concurrent connections'],
  duration: [15, 1, 600, 'seconds per measured phase'],
});

const loginJob = (login) => ({
  method: 'POST',
  path: '/api/auth/login',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ login, password: PASSWORD }),
});

await runBench(async () => {
  const platform = await startPlatform('sign-in');
  step(`creating ${opts.users} citizens`);
  const { accounts, hash } = await createCitizens(platform.db.url, opts.users);
  // The ceilings need tokens; a few accounts are enough for GET /api/me.
  const users = await mapLimit(accounts.slice(0, 20), 4, (a) => signIn(platform.baseUrl, a.login));
  await warmUp(platform, users);

  step('measuring the ceilings');
  const { health, me } = await ceilings(platform, users, opts);
  step(`sign-in storm over ${accounts.length} accounts, ${opts.connections} connections`);
  const storm = await phase(platform, 'POST /api/auth/login', {
    connections: opts.connections,
    duration: opts.duration,
    requests: [{ setupRequest: rotate(accounts.map((a) => loginJob(a.login))) }],
  });

  header('Sign-in storm', platform, opts);
  const p = argon2Params();
  console.log(
    `argon2id in effect: memory ${p.memoryCost} KiB, time cost ${p.timeCost}, parallelism ${p.parallelism} ` +
      `(${process.env.ARGON2_MEMORY_KIB || process.env.ARGON2_TIME_COST || process.env.ARGON2_PARALLELISM ? 'from ARGON2_* env' : "the API's defaults"}, ` +
      `given to the API too; stored hash ${hash.split('$').slice(0, 4).join('$')}).\n`,
  );
  table(PHASE_HEADERS, [health, me, storm].map(phaseRow));
  console.log(`Sign-ins ÷ GET /api/me: ${pct(storm.rate / me.rate)}.`);
  // The CPU cost per sign-in predicts the ceiling on a machine where the API has every core to itself.
  const cpuPerSignIn = storm.cpu.api / Math.max(storm.ok, 1);
  const cores = os.cpus().length;
  console.log(
    `Each sign-in cost the API ${num(cpuPerSignIn * 1000, 1)} ms of CPU: with all ${cores} cores to itself, ` +
      `at most ${num(cores / cpuPerSignIn)} sign-ins/s.\n`,
  );
  console.log('## Goals\n');
  goal(
    '≥ 50 sign-ins/s',
    storm.rate >= 50 && storm.errors === 0 && storm.non2xx === 0,
    `${num(storm.rate, 1)}/s, p50 ${num(storm.p50)} ms, p99 ${num(storm.p99)} ms, ${storm.non2xx} non-2xx, ${storm.errors} errors`,
  );
});
