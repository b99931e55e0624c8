// Usage: node tools/bench/test-taking.mjs [--users 300] [--connections 50] [--duration 20]
//
// "Hold a city's load", main scenario: N citizens each take the same published test. Answer saves run flat out
// across every user's attempt, then every attempt is submitted at once. The ceilings (GET /api/health and
// GET /api/me) are measured in the same run, because on a shared machine only the ratio means anything.
import { signedInCitizens } from './lib/accounts.mjs';
import { answerJobs, findCourse, startAttempts, submissionJobs } from './lib/catalog.mjs';
import { ceilings, phase, PHASE_HEADERS, phaseRow, rotate, warmUp } from './lib/load.mjs';
import { runBench, startPlatform } from './lib/platform.mjs';
import { goal, header, num, options, pct, step, table } from './lib/report.mjs';

const opts = options('node tools/bench/test-taking.mjs', {
  users: [300, 1, 20_000, 'citizens, each with one attempt'],
  connections: [50, 1, 1000, 'concurrent connections for the ceilings and answer saves'],
  duration: [20, 1, 600, 'seconds per measured phase'],
  'submit-connections': [300, 1, 20_000, 'submissions in flight at once (at most --users)'],
});

await runBench(async () => {
  const platform = await startPlatform('test-taking');
  const users = await signedInCitizens(platform, opts.users);
  const course = await findCourse(platform.baseUrl);
  const started = await startAttempts(platform.baseUrl, users, course.testId);
  const answers = answerJobs(started);
  await warmUp(platform, users);

  step('measuring the ceilings');
  const { health, me } = await ceilings(platform, users, opts);
  step(`answer saves: ${answers.length} distinct answers round-robin, ${opts.connections} connections`);
  const saves = await phase(platform, 'PUT /api/attempts/:id/answers/:itemId', {
    connections: opts.connections,
    duration: opts.duration,
    requests: [{ setupRequest: rotate(answers) }],
  });
  const inFlight = Math.min(opts['submit-connections'], started.length);
  step(`submitting ${started.length} attempts, ${inFlight} in flight`);
  const submissions = await phase(platform, 'POST /api/attempts/:id/submission', {
    connections: inFlight,
    amount: started.length,
    requests: [{ setupRequest: rotate(submissionJobs(started)) }],
  });

  header("Test taking — hold a city's load", platform, opts);
  console.log(
    `Course "${course.slug}", test ${course.testId}: ${started[0].attempt.items.length} items per attempt, ` +
      `${answers.length} distinct answers rotated over ${started.length} attempts.\n`,
  );
  table(PHASE_HEADERS, [health, me, saves, submissions].map(phaseRow));
  const ratio = saves.rate / me.rate;
  console.log(`Answer saves ÷ GET /api/me: ${pct(ratio)}; ÷ GET /api/health: ${pct(saves.rate / health.rate)}.`);
  console.log(
    `Submissions: ${num(submissions.ok)} of ${started.length} answered 200 in ${num(submissions.seconds, 2)} s ` +
      `(${num(submissions.rate, 1)}/s), p50 ${num(submissions.p50)} ms, p99 ${num(submissions.p99)} ms.\n`,
  );
  console.log('## Goals\n');
  const clean = saves.non2xx === 0 && saves.errors === 0;
  goal(
    '≥ 670 answer saves/s with p99 ≤ 100 ms and 0 errors',
    saves.rate >= 670 && saves.p99 <= 100 && clean,
    `${num(saves.rate)}/s, p99 ${num(saves.p99, 1)} ms, ${saves.non2xx} non-2xx, ${saves.errors} errors`,
  );
  goal('answer saves ≥ 70 % of GET /api/me', ratio >= 0.7, pct(ratio));
  console.log(`- ${submissions.ok === started.length ? 'PASS' : 'MISS'} every submission answered 200`);
});
