// Usage: node tools/bench/landing.mjs [--connections 10] [--duration 10]
//        WEB_SSR_CACHE_SECONDS=0 node tools/bench/landing.mjs    (every visit rendered anew)
//
// The landing pages a first visit opens, rendered on the server (docs/adr/0035): GET / and GET /courses/:id as a
// browser asks for them (brotli), against the client-rendered index that every other page gets. Needs the web
// build's server bundle: `npx nx run-many -t build -p api web` first (without it the pages come client-rendered,
// and the report says so).
import { findCourse } from './lib/catalog.mjs';
import { phase, PHASE_HEADERS, phaseRow } from './lib/load.mjs';
import { runBench, startPlatform } from './lib/platform.mjs';
import { goal, header, num, options, pct, step, table } from './lib/report.mjs';

const opts = options('node tools/bench/landing.mjs', {
  connections: [10, 1, 1000, 'concurrent connections'],
  duration: [10, 1, 600, 'seconds per measured phase'],
});

const page = (path) => ({ method: 'GET', path, headers: { accept: 'text/html', 'accept-encoding': 'br, gzip' } });

await runBench(async () => {
  const platform = await startPlatform('landing');
  const { courseId } = await findCourse(platform.baseUrl);
  const home = await (await fetch(platform.baseUrl, page('/'))).text();
  const rendered = home.includes('ngh=');
  step(
    rendered ? 'the home page comes rendered on the server' : 'the home page comes client-rendered (no SSR bundle?)',
  );

  const run = async (label, path) => {
    step(`${label}: ${opts.connections} connections for ${opts.duration} s`);
    await phase(platform, label, { connections: opts.connections, duration: 2, requests: [page(path)] });
    return phase(platform, label, { connections: opts.connections, duration: opts.duration, requests: [page(path)] });
  };
  const client = await run('GET /my-learning (client index)', '/my-learning');
  const list = await run('GET / (course list)', '/');
  const course = await run('GET /courses/:id', `/courses/${courseId}`);

  header('Landing pages rendered on the server', platform, opts);
  console.log(
    `Home page ${rendered ? 'rendered on the server' : 'client-rendered'}; cache of rendered pages: ` +
      `${process.env.WEB_SSR_CACHE_SECONDS ?? '5 (the default)'} s.\n`,
  );
  table(PHASE_HEADERS, [client, list, course].map(phaseRow));
  for (const r of [list, course]) {
    const cpuMs = ((r.cpu.api ?? 0) / Math.max(r.ok, 1)) * 1000;
    console.log(
      `${r.label}: ${pct(r.rate / client.rate)} of the client index's rate, ${num(cpuMs, 2)} ms of API CPU each.`,
    );
  }
  console.log('\n## Goals\n');
  goal('rendered pages without a 5xx', list.fivexx + course.fivexx === 0, `${list.fivexx + course.fivexx} × 5xx`);
});
