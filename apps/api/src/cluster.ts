import { Logger } from '@nestjs/common';
import cluster from 'node:cluster';
import { AggregatorRegistry } from 'prom-client';

export const METRICS_REQUEST = 'lc:metrics';

/**
 * Runs `work` in `count` processes that share the port (Node's cluster module hands out connections), so the
 * API can use more than one core. The primary only supervises: it replaces a process that dies, passes
 * SIGTERM/SIGINT on (each process then closes gracefully), and merges the processes' metrics for a scrape.
 */
export async function runWorkers(count: number, work: () => Promise<void>): Promise<void> {
  if (count <= 1 || cluster.isWorker) return work();
  const log = new Logger('Cluster');
  log.log(`Starting ${count} API processes`);
  let stopping = false;
  for (let i = 0; i < count; i++) cluster.fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    log.warn(`API process ${worker.process.pid} ended (${signal ?? code}); starting another`);
    setTimeout(() => cluster.fork(), 1000);
  });
  const stop = (signal: NodeJS.Signals) => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
  const metrics = new AggregatorRegistry();
  cluster.on('message', (worker, msg: { type?: string; id?: string }) => {
    if (msg?.type !== METRICS_REQUEST) return;
    metrics.clusterMetrics().then(
      (text) => worker.send({ type: METRICS_REQUEST, id: msg.id, text }),
      (err: Error) => worker.send({ type: METRICS_REQUEST, id: msg.id, error: err.message }),
    );
  });
}
