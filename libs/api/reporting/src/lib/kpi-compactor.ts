import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { KpiRepository } from './kpi.repository';

/** Often enough that the ledger a read sums stays a few hundred rows; the fold itself is one short statement. */
const EVERY_MS = 2000;
const BATCH = 50_000;

/**
 * Folds the rollup ledger into the counters in the background. Reads are right without it (they add the ledger),
 * only slower as it grows; every API process runs one, and the database lets one at a time do the work.
 */
@Injectable()
export class KpiCompactor implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(KpiCompactor.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private failing = false;

  constructor(private readonly repo: KpiRepository) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), EVERY_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.repo.compact(BATCH).then(
      () => (this.failing = false),
      (err: Error) => {
        // Once per outage: the health endpoint already says when the database is away.
        if (!this.failing) this.logger.warn(`KPI ledger not folded: ${err.message}`);
        this.failing = true;
      },
    );
    await this.running;
    this.running = undefined;
  }
}
