import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import type { CalibrationRun } from '@lc/shared-contracts';
import { AuthUser, conflict } from '@lc/api-shared';
import { ServingBanks } from '../serving-bank';
import { CalibrationRunEntity } from './calibration-run.entity';
import { recalibrate } from './recalibrate';

/** A run that has not finished in this long was cut off (a restart): it no longer blocks the next one. */
const STALE_MINUTES = 60;

const toRun = (e: CalibrationRunEntity): CalibrationRun => ({
  id: e.id,
  status: e.status,
  minResponses: e.minResponses,
  startedAt: e.startedAt.toISOString(),
  finishedAt: e.finishedAt?.toISOString() ?? null,
  calibrationVersion: e.calibrationVersion,
  summary: e.summary as CalibrationRun['summary'],
  errorCode: e.errorCode,
});

/** The admin-triggered calibration: one run at a time, in the background, its state kept in the database. */
@Injectable()
export class CalibrationJobs {
  private readonly log = new Logger(CalibrationJobs.name);

  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(CalibrationRunEntity) private readonly runs: Repository<CalibrationRunEntity>,
    private readonly banks: ServingBanks,
  ) {}

  /** Starts a run, or returns the one already running: pressing the button twice starts one run. */
  async start(user: AuthUser, minResponses: number): Promise<CalibrationRun> {
    await this.runs.query(
      `UPDATE assessment_calibration_run SET status = 'failed', finished_at = now(), error_code = 'INTERRUPTED'
       WHERE status = 'running' AND started_at < now() - make_interval(mins => $1)`,
      [STALE_MINUTES],
    );
    // The running run may finish between a refused insert and the read of it: then the insert is tried again.
    for (let tries = 0; tries < 5; tries++) {
      const [inserted]: { id: string }[] = await this.runs.query(
        `INSERT INTO assessment_calibration_run (status, requested_by, min_responses) VALUES ('running', $1, $2)
         ON CONFLICT DO NOTHING RETURNING id`,
        [user.id, minResponses],
      );
      if (inserted) {
        void this.run(inserted.id, minResponses);
        return toRun(await this.runs.findOneByOrFail({ id: inserted.id }));
      }
      const running = await this.runs.findOneBy({ status: 'running' });
      if (running) return toRun(running);
    }
    throw conflict('CALIBRATION_BUSY', 'Một lượt hiệu chỉnh khác vừa chạy xong. Hãy thử lại sau ít phút.');
  }

  async list(): Promise<CalibrationRun[]> {
    return (await this.runs.find({ order: { startedAt: 'DESC' }, take: 10 })).map(toRun);
  }

  private async run(id: string, minResponses: number): Promise<void> {
    try {
      const summary = await recalibrate(this.dataSource, { minResponses });
      await this.runs.update(id, {
        status: 'done',
        finishedAt: new Date(),
        calibrationVersion: summary.published ? summary.version : null,
        summary: { ...summary },
      });
      if (summary.published) this.banks.invalidate();
    } catch (err) {
      this.log.error(`Calibration run ${id} failed: ${(err as Error).message}`);
      await this.runs.update(id, { status: 'failed', finishedAt: new Date(), errorCode: 'CALIBRATION_FAILED' });
    }
  }
}
