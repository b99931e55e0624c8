import { Injectable } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
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
