// The report every benchmark prints: options, hardware, markdown tables and goal lines. Figures from a shared,
// noisy machine are only comparable as ratios to a ceiling measured in the same run, so the hardware is printed too.
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { parseArgs } from 'node:util';

/**
 * Numeric command-line options with bounds, so every loop and duration stays bounded.
 * `spec` maps a name to [default, min, max, help]; `--help` prints them.
 */
export function options(usage, spec) {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        help: { type: 'boolean' },
        ...Object.fromEntries(Object.keys(spec).map((k) => [k, { type: 'string' }])),
      },
    }));
  } catch (err) {
    console.error(`${err.message}\nSee ${usage} --help`);
    process.exit(2);
  }
  if (values.help) {
    console.log(`${usage}\n\nOptions:`);
    for (const [k, [def, , , help]] of Object.entries(spec))
      console.log(`  --${k.padEnd(18)} ${help} (default ${def})`);
    process.exit(0);
  }
  const out = {};
  for (const [k, [def, min, max]] of Object.entries(spec)) {
    const v = values[k] === undefined ? def : Number(values[k]);
    if (!Number.isFinite(v) || v < min || v > max) {
      console.error(`--${k} must be a number from ${min} to ${max}`);
      process.exit(2);
    }
    out[k] = v;
  }
  return out;
}

function commit() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return 'unknown';
  }
}

export function header(title, platform, opts) {
  const cpus = os.cpus();
  const load = os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
  console.log(`# ${title}\n`);
  console.log(`- Hardware: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${gib(os.totalmem())} GiB RAM`);
  console.log(`- Node ${process.version}, ${os.type()} ${os.release()}; load average at start: ${load}`);
  console.log(`- API: ${platform.build}, commit ${commit()}; database: ${platform.db.describe}`);
  const passed = [
    'DB_POOL_SIZE',
    'API_WORKERS',
    'ARGON2_MEMORY_KIB',
    'ARGON2_TIME_COST',
    'ARGON2_PARALLELISM',
    'WEB_SSR',
    'WEB_SSR_CACHE_SECONDS',
  ]
    .filter((k) => process.env[k])
    .map((k) => `${k}=${process.env[k]}`);
  console.log(`- API environment: ${passed.length ? passed.join(', ') : 'defaults'}`);
  console.log(
    `- Options: ${Object.entries(opts)
      .map(([k, v]) => `--${k} ${v}`)
      .join(' ')}\n`,
  );
}

const gib = (bytes) => (bytes / 2 ** 30).toFixed(1);

/** A markdown table with padded columns, readable as plain text too. */
export function table(headers, rows) {
  const cells = [headers, ...rows].map((r) => r.map((c) => String(c ?? '')));
  const widths = headers.map((_, i) => Math.max(3, ...cells.map((r) => r[i].length)));
  const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(
    [line(cells[0]), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...cells.slice(1).map(line)].join('\n'),
  );
  console.log('');
}

export function goal(label, pass, measured) {
  console.log(`- ${pass ? 'PASS' : 'MISS'} ${label} — measured ${measured}`);
}

export const num = (n, digits = 0) =>
  n === null || n === undefined || Number.isNaN(n)
    ? 'n/a'
    : n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export const pct = (ratio) => (ratio === null || !Number.isFinite(ratio) ? 'n/a' : `${(ratio * 100).toFixed(0)} %`);

/** Progress goes to stderr; stdout carries only the report. */
export const step = (msg) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);

/** Runs `fn` over `items` with at most `limit` in flight: for setup steps, never for measuring. */
export async function mapLimit(items, limit, fn) {
  const out = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
