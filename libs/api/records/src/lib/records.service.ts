import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import type { LearningRecord, LocalisedText, Trust } from '@lc/shared-contracts';
import { managerOf, UnitOfWork } from '@lc/api-shared';
import { LearningRecordEntity } from './learning-record.entity';
import { insertAll } from './insert-records';
import { firstBrokenLink, hashedFieldsOf, recordHash } from './record-hash';
import { toLearningRecord } from './record.mapper';
import { type ListedRecord, type ProgressFact, toListedRecord, toProgressFact } from './listed-record';

export interface NewRecord {
  personId: string;
  verb: string;
  objectType: string;
  objectId: string;
  objectName: LocalisedText;
  trust: Trust;
  score?: number | null;
  maxScore?: number | null;
  success?: boolean | null;
  completion?: boolean | null;
  domainLevels?: Record<string, number> | null;
  context?: Record<string, unknown>;
  voidsRecordId?: string | null;
  occurredAt?: Date;
}

@Injectable()
export class RecordsService {
  constructor(
    @InjectRepository(LearningRecordEntity) private readonly records: Repository<LearningRecordEntity>,
    private readonly dataSource: DataSource,
  ) {}

  /**
   * Appends to the person's chain in the caller's transaction, so the record commits or rolls back with the work
   * it records; the advisory lock keeps concurrent appends for one person in order.
   */
  async append(work: UnitOfWork, input: NewRecord): Promise<LearningRecord> {
    return toLearningRecord((await this.appendIn(managerOf(work), input.personId, [input]))[0]);
  }

  /** Appends one record in a transaction of its own, for work that writes nothing else (seeds, imports). */
  async appendNow(input: NewRecord): Promise<LearningRecord> {
    return toLearningRecord(
      await this.dataSource.transaction(async (m) => (await this.appendIn(m, input.personId, [input]))[0]),
    );
  }

  /**
   * Appends many records of one person in one transaction and one INSERT, the chain computed for the batch.
   * A record whose `context.statementId` is already stored (or repeated in the batch) is not appended again:
   * the stored record stands in its place, so a re-sent batch does no harm.
   */
  async appendAll(personId: string, inputs: Omit<NewRecord, 'personId'>[]): Promise<LearningRecord[]> {
    const saved = await this.dataSource.transaction((tx) =>
      this.appendIn(
        tx,
        personId,
        inputs.map((i) => ({ ...i, personId })),
      ),
    );
    return saved.map(toLearningRecord);
  }

  /** The person's newest records; bounded, as browser-reported ones can be many. */
  async list(personId: string, limit = 500): Promise<ListedRecord[]> {
    return (await this.records.find({ where: { personId }, order: { seq: 'DESC' }, take: limit })).map(toListedRecord);
  }

  /** The person's records of these object types, oldest first: what progress views read (no hashes, no chain). */
  async ofTypes(personId: string, objectTypes: string[]): Promise<ProgressFact[]> {
    const rows = await this.records.find({
      select: { objectType: true, objectId: true, completion: true, success: true, occurredAt: true, seq: true },
      where: { personId, objectType: In(objectTypes) },
      order: { seq: 'ASC' },
    });
    return rows.map(toProgressFact);
  }

  async chainIntact(personId: string): Promise<boolean> {
    const rows = await this.records.find({ where: { personId }, order: { seq: 'ASC' } });
    return firstBrokenLink(rows.map((r) => ({ ...hashedFieldsOf(r), hash: r.hash }))) === -1;
  }

  private async appendIn(tx: EntityManager, personId: string, inputs: NewRecord[]): Promise<LearningRecordEntity[]> {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [personId]);
    const repo = tx.getRepository(LearningRecordEntity);
    const statementIds = inputs.map(statementIdOf).filter((id): id is string => id !== null);
    const stored = new Map(
      (statementIds.length
        ? await repo
            .createQueryBuilder('r')
            .where('r.person_id = :personId', { personId })
            .andWhere("r.context->>'statementId' = ANY(:statementIds)", { statementIds })
            .getMany()
        : []
      ).map((r) => [statementIdOf(r)!, r]),
    );
    let last = await repo.findOne({ where: { personId }, order: { seq: 'DESC' } });
    const fresh: LearningRecordEntity[] = [];
    const placed: (LearningRecordEntity | string)[] = [];
    for (const input of inputs) {
      const statementId = statementIdOf(input);
      if (statementId !== null && stored.has(statementId)) {
        placed.push(statementId);
        continue;
      }
      const entity = this.chained(input, last);
      fresh.push(entity);
      placed.push(entity);
      if (statementId !== null) stored.set(statementId, entity);
      last = entity;
    }
    if (fresh.length) await insertAll(tx, fresh);
    return placed.map((p) => (typeof p === 'string' ? stored.get(p)! : p));
  }

  private chained(input: NewRecord, last: LearningRecordEntity | null): LearningRecordEntity {
    const entity = Object.assign(new LearningRecordEntity(), {
      id: randomUUID(),
      personId: input.personId,
      seq: (last?.seq ?? 0) + 1,
      verb: input.verb,
      objectType: input.objectType,
      objectId: input.objectId,
      objectName: input.objectName,
      trust: input.trust,
      score: input.score ?? null,
      maxScore: input.maxScore ?? null,
      success: input.success ?? null,
      completion: input.completion ?? null,
      domainLevels: input.domainLevels ?? null,
      context: input.context ?? {},
      voidsRecordId: input.voidsRecordId ?? null,
      occurredAt: input.occurredAt ?? new Date(),
      prevHash: last?.hash ?? null,
    });
    entity.hash = recordHash(hashedFieldsOf(entity));
    return entity;
  }
}

const statementIdOf = (r: { context?: Record<string, unknown> }): string | null => {
  const id = r.context?.['statementId'];
  return typeof id === 'string' ? id : null;
};
