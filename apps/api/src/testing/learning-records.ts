import { INestApplication } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NewRecord, RecordsService } from '@lc/api-records';
import { asOwner } from './test-app';

/** A verified learning record, numbered `n` among the person's, as the platform writes its own evidence. */
export const verifiedRecord = (app: INestApplication, personId: string, n: number, extra: Partial<NewRecord> = {}) =>
  app.get(RecordsService).appendNow({
    personId,
    verb: 'completed',
    objectType: 'course',
    objectId: `verified-course-${n}`,
    objectName: { vi: `Khoá học ${n}` },
    trust: 'verified',
    completion: true,
    ...extra,
  });

/**
 * Runs `work` as the database's owner with triggers off, in one transaction: how the tests tamper with the
 * append-only learning records, which the API's own role can never do.
 */
export const behindTheTrigger = (work: (tx: EntityManager) => Promise<unknown>) =>
  asOwner((owner) =>
    owner.transaction(async (tx) => {
      await tx.query(`SET LOCAL session_replication_role = replica`);
      await work(tx);
    }),
  );

/** Changes a person's first record behind the trigger, so their chain no longer holds ('modified'). */
export const tamperFirstRecord = (personId: string) =>
  behindTheTrigger((tx) =>
    tx.query(`UPDATE learning_record SET score = 99 WHERE person_id = $1 AND seq = 1`, [personId]),
  );
