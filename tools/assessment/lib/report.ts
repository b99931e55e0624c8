import { execFileSync } from 'node:child_process';
import os from 'node:os';

/** A markdown table with padded columns, readable as plain text too. */
export function table(headers: string[], rows: (string | number)[][]): void {
  const cells = [headers, ...rows].map((r) => r.map((c) => String(c)));
  const widths = headers.map((_, i) => Math.max(3, ...cells.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(
    [line(cells[0]), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...cells.slice(1).map(line)].join('\n'),
  );
  console.log('');
}

export const pct = (x: number, digits = 1) => `${(100 * x).toFixed(digits)} %`;
export const fixed = (x: number, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');

export function goal(label: string, pass: boolean, measured: string): void {
  console.log(`- ${pass ? 'PASS' : 'MISS'} ${label} — measured ${measured}`);
}

/** Progress goes to stderr; stdout carries only the report. */
export const step = (msg: string) =>
  process.stderr.write(`[assessment ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);

function commit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return 'unknown';
  }
}

export function machine(): string[] {
  const cpus = os.cpus();
  return [
    `Hardware: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM`,
    `Node ${process.version}, ${os.type()} ${os.release()}, commit ${commit()} (plus the working tree)`,
  ];
}

/** `--name value` options with defaults, bounded so that a run stays short. */
export function numberOption(name: string, fallback: number, min: number, max: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isFinite(value) || value < min || value > max) {
    console.error(`--${name} must be a number from ${min} to ${max}`);
    process.exit(2);
  }
  return value;
}
