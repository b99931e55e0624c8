// autocannon phases and the ceilings every claim is divided by. The rate counts 2xx answers only; a phase with a fixed
// `amount` is timed to its last answer, not rounded up to autocannon's 1 s ticks.
import autocannon from 'autocannon';
import { num, pct } from './report.mjs';

const JSON_TYPE = { 'content-type': 'application/json' };

export const bearer = (token) => ({ authorization: `Bearer ${token}` });

export const jsonRequest = (method, path, token, body) => ({
  method,
  path,
  headers: { ...JSON_TYPE, ...bearer(token) },
  body: body === undefined ? undefined : JSON.stringify(body),
});

/**
 * A `setupRequest` that hands out `jobs` round-robin across all connections. Headers are copied because autocannon
 * writes Content-Length into the object it is given.
 */
export function rotate(jobs) {
  let i = 0;
  return (req) => {
    const job = jobs[i++ % jobs.length];
    return Object.assign(req, job, { headers: { ...job.headers } });
  };
}

/** One measured autocannon run, with the CPU the API, PostgreSQL and this process spent during it. */
export async function phase(platform, label, opts, listen = () => undefined) {
  const before = platform.cpu.mark();
  // Clients send their first request as autocannon() constructs them, before its 'start' event.
  const started = performance.now();
  let last = started;
  const instance = autocannon({ url: platform.baseUrl, ...opts });
  instance.on('response', () => (last = performance.now()));
  listen(instance);
  const result = await instance;
  const cpu = platform.cpu.since(before);
  // A timed run lasts its duration even when the last answer came early (with overallRate each second's quota goes
  // out at once); a fixed amount lasts until its last answer.
  const seconds = opts.amount ? Math.max((last - started) / 1000, 0.001) : result.duration;
  return {
    label,
    connections: opts.connections,
    ok: result['2xx'],
    seconds,
    rate: result['2xx'] / seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    responses: result.requests.total,
    non2xx: result.non2xx,
    fivexx: result['5xx'],
    errors: result.errors,
    timeouts: result.timeouts,
    codes: Object.entries(result.statusCodeStats)
      .map(([code, { count }]) => `${code}×${count}`)
      .join(' '),
    cpu,
  };
}

// Per active second: a fixed-amount phase ends with up to a second of idle waiting for autocannon's next tick.
const cpuCell = (s, active) => (s === null ? 'n/a' : `${s.toFixed(1)} s (${pct(s / active)})`);

export const PHASE_HEADERS = [
  'phase',
  'conns',
  '2xx/s',
  'p50 ms',
  'p99 ms',
  'responses',
  'non-2xx',
  'errors (timeouts)',
  'API CPU',
  'PostgreSQL CPU',
  'bench CPU',
  'status codes',
];

export const phaseRow = (r) => [
  r.label,
  r.connections,
  num(r.rate),
  num(r.p50, 1),
  num(r.p99, 1),
  num(r.responses),
  num(r.non2xx),
  `${r.errors} (${r.timeouts})`,
  cpuCell(r.cpu.api, r.seconds),
  cpuCell(r.cpu.pg, r.seconds),
  cpuCell(r.cpu.bench, r.seconds),
  r.codes,
];

const meJobs = (users) => users.map((u) => ({ method: 'GET', path: '/api/me', headers: bearer(u.token) }));

/** JIT, pool connections and caches warm up here, so that the first measured phase is not the slow one. */
export async function warmUp(platform, users, seconds = 3) {
  await autocannon({
    url: platform.baseUrl,
    connections: 10,
    duration: seconds,
    requests: [{ setupRequest: rotate(meJobs(users)) }],
  });
}

/** The ceilings: a public route that touches the database once, and the cheapest authenticated one. */
export async function ceilings(platform, users, { connections, duration }) {
  const health = await phase(platform, 'GET /api/health (ceiling)', {
    connections,
    duration,
    requests: [{ method: 'GET', path: '/api/health' }],
  });
  const me = await phase(platform, 'GET /api/me (ceiling)', {
    connections,
    duration,
    requests: [{ setupRequest: rotate(meJobs(users)) }],
  });
  return { health, me };
}
