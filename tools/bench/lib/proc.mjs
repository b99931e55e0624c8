// CPU and memory of the API and PostgreSQL from /proc: on a shared 2-core machine, where the CPU went tells more
// than the request rate alone.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const getconf = (name, fallback) => {
  try {
    return Number(execFileSync('getconf', [name]).toString().trim()) || fallback;
  } catch {
    return fallback;
  }
};
const TICKS = getconf('CLK_TCK', 100);
const PAGE = getconf('PAGESIZE', 4096);

/** Fields of /proc/<pid>/stat after the command name, which may itself hold spaces and parentheses. */
function stat(pid) {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    return {
      pid,
      comm: s.slice(s.indexOf('(') + 1, s.lastIndexOf(')')),
      ppid: Number(f[1]),
      // Own time plus that of reaped children: PostgreSQL backends and cluster workers come and go.
      ticks: Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]),
      rss: Number(f[21]) * PAGE,
    };
  } catch {
    return null;
  }
}

function allProcesses() {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map((d) => stat(Number(d)))
    .filter(Boolean);
}

/** The process and all its descendants (an API in cluster mode forks workers). */
export function tree(rootPid) {
  if (!rootPid) return [];
  const procs = allProcesses();
  const children = new Map();
  for (const p of procs) {
    if (!children.has(p.ppid)) children.set(p.ppid, []);
    children.get(p.ppid).push(p);
  }
  const root = procs.find((p) => p.pid === rootPid);
  if (!root) return [];
  const out = [root];
  for (let i = 0; i < out.length; i++) out.push(...(children.get(out[i].pid) ?? []));
  return out;
}

/** The parent of a live process: a PostgreSQL backend's parent is the postmaster. */
export const parentOf = (pid) => stat(pid)?.ppid ?? null;

const seconds = (procs) => procs.reduce((n, p) => n + p.ticks, 0) / TICKS;

export const treeRss = (pid) => tree(pid).reduce((n, p) => n + p.rss, 0);

/**
 * Snapshots for before/after a phase. A changed postmaster pid (the fault test restarts PostgreSQL) or an absent
 * one (a remote DATABASE_URL) makes the PostgreSQL figure unknown rather than wrong.
 */
export function cpuMeter({ apiPid, postmasterPid }) {
  const snap = () => {
    const pgPid = postmasterPid();
    const pgProcs = tree(pgPid);
    return {
      at: performance.now(),
      api: seconds(tree(apiPid)),
      pg: pgProcs.length ? seconds(pgProcs) : null,
      pgPid,
      bench: process.cpuUsage(),
    };
  };
  return {
    mark: snap,
    since(before) {
      const after = snap();
      const bench = process.cpuUsage(before.bench);
      return {
        wall: (after.at - before.at) / 1000,
        api: after.api - before.api,
        pg: after.pg === null || before.pg === null || after.pgPid !== before.pgPid ? null : after.pg - before.pg,
        bench: (bench.user + bench.system) / 1e6,
      };
    },
  };
}
