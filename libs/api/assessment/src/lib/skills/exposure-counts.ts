import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ExposureCounts } from '@lc/api-assessment-engine';

/**
 * The exposure cap is a share of recent attempts, which moves slowly: counting it once a minute per process
 * instead of on every answer keeps the answer path to the rows of one attempt.
 */
const REFRESH_MS = 60_000;

export function exposureFromRows(
  examinees: number,
  rows: readonly { item_id: string; seen: number }[],
): ExposureCounts {
  return { examinees, seen: new Map(rows.map((r) => [r.item_id, Number(r.seen)])) };
}

/** How many attempts started in the window, and how many of them were served each item (from the database). */
@Injectable()
export class ExposureCountsCache {
  private readonly cached = new Map<number, { at: number; counts: Promise<ExposureCounts> }>();

  constructor(private readonly dataSource: DataSource) {}

  counts(windowDays: number): Promise<ExposureCounts> {
    const hit = this.cached.get(windowDays);
    if (hit && Date.now() - hit.at <= REFRESH_MS) return hit.counts;
    const counts = this.load(windowDays);
    this.cached.set(windowDays, { at: Date.now(), counts });
    counts.catch(() => this.cached.delete(windowDays));
    return counts;
  }

  private async load(windowDays: number): Promise<ExposureCounts> {
    const since = `now() - make_interval(days => $1)`;
    const [[{ examinees }], rows] = await Promise.all([
      this.dataSource.query(`SELECT count(*)::int AS examinees FROM skills_attempt WHERE started_at > ${since}`, [
        windowDays,
      ]),
      this.dataSource.query(
        `SELECT r.item_id, count(*)::int AS seen FROM skills_response r
         JOIN skills_attempt a ON a.id = r.attempt_id
         WHERE a.started_at > ${since} GROUP BY r.item_id`,
        [windowDays],
      ),
    ]);
    return exposureFromRows(examinees, rows);
  }
}
