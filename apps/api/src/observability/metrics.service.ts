import { Injectable } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import cluster from 'node:cluster';
import { randomUUID } from 'node:crypto';
import { AggregatorRegistry, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { METRICS_REQUEST } from '../cluster';
import { poolFigures } from '../health/database-health';

/**
 * Prometheus metrics of this process: request rate and latency by route pattern (never the URL, which carries
 * ids), the database pool, and Node's defaults, event-loop lag among them.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  private readonly requests = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP requests by method, route pattern and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  constructor(dataSource: DataSource) {
    collectDefaultMetrics({ register: this.registry });
    if (cluster.isWorker) {
      // prom-client answers the primary's requests only once an AggregatorRegistry has been made in the worker.
      new AggregatorRegistry();
      AggregatorRegistry.setRegistries([this.registry]);
    }
    new Gauge({
      name: 'db_pool_connections',
      help: 'Database pool connections by state (max is the configured size)',
      labelNames: ['state'],
      registers: [this.registry],
      collect() {
        const pool = poolFigures(dataSource);
        for (const state of ['max', 'total', 'idle', 'waiting'] as const) this.set({ state }, pool[state]);
      },
    });
  }

  /** This process's metrics, or, in a cluster, every process's merged by the primary. */
  async text(): Promise<string> {
    if (!cluster.isWorker || !process.send) return this.registry.metrics();
    const id = randomUUID();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => done(new Error('the primary did not answer')), 3000);
      const onMessage = (msg: { type?: string; id?: string; text?: string; error?: string }) => {
        if (msg?.type === METRICS_REQUEST && msg.id === id) done(msg.error ? new Error(msg.error) : null, msg.text);
      };
      const done = (err: Error | null, text = '') => {
        clearTimeout(timer);
        process.off('message', onMessage);
        if (err) reject(err);
        else resolve(text);
      };
      process.on('message', onMessage);
      process.send!({ type: METRICS_REQUEST, id });
    });
  }

  /** Express middleware: times each request and labels it with the route Nest matched. */
  readonly middleware = (req: Request, res: Response, next: NextFunction): void => {
    const end = this.requests.startTimer();
    res.once('finish', () => {
      const route = (req.route as { path?: string } | undefined)?.path ?? 'unmatched';
      end({ method: req.method, route, status: String(res.statusCode) });
    });
    next();
  };
}
