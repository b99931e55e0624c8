import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import type { LocalisedText, Trust } from '@lc/shared-contracts';
import { LearningRecordEntity } from './learning-record.entity';
import { firstBrokenLink, HashedFields, recordHash } from './record-hash';

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

const hashedFields = (r: LearningRecordEntity): HashedFields => ({
  personId: r.personId,
  seq: r.seq,
  verb: r.verb,
  objectType: r.objectType,
  objectId: r.objectId,
  objectName: r.objectName,
  context: r.context,
  trust: r.trust,
  score: r.score,
  maxScore: r.maxScore,
  success: r.success,
  completion: r.completion,
  domainLevels: r.domainLevels,
  voidsRecordId: r.voidsRecordId,
  occurredAt: r.occurredAt.toISOString(),
  prevHash: r.prevHash,
});

@Injectable()
export class RecordsService {
  constructor(
    @InjectRepository(LearningRecordEntity) private readonly records: Repository<LearningRecordEntity>,
    private readonly dataSource: DataSource,
  ) {}

  /**
   * Appends to the person's chain. Pass the caller's transaction manager so the record commits or rolls
   * back with the work it records; the advisory lock keeps concurrent appends for one person in order.
   */
  async append(input: NewRecord, manager?: EntityManager): Promise<LearningRecordEntity> {
    const run = (tx: EntityManager) => this.appendIn(tx, input);
    return manager ? run(manager) : this.dataSource.transaction(run);
  }

  /** The person's newest records; bounded, as browser-reported ones can be many. */
  list(personId: string, limit = 500): Promise<LearningRecordEntity[]> {
    return this.records.find({ where: { personId }, order: { seq: 'DESC' }, take: limit });
  }

  findByStatementId(personId: string, statementId: string): Promise<LearningRecordEntity | null> {
    return this.records
      .createQueryBuilder('r')
      .where('r.person_id = :personId', { personId })
      .andWhere("r.context->>'statementId' = :statementId", { statementId })
      .getOne();
  }

  async chainIntact(personId: string): Promise<boolean> {
    const rows = await this.records.find({ where: { personId }, order: { seq: 'ASC' } });
    return firstBrokenLink(rows.map((r) => ({ ...hashedFields(r), hash: r.hash }))) === -1;
  }

  private async appendIn(tx: EntityManager, input: NewRecord): Promise<LearningRecordEntity> {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [input.personId]);
    const last = await tx.getRepository(LearningRecordEntity).findOne({
      where: { personId: input.personId },
      order: { seq: 'DESC' },
    });
    const occurredAt = input.occurredAt ?? new Date();
    const entity = tx.getRepository(LearningRecordEntity).create({
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
      occurredAt,
      prevHash: last?.hash ?? null,
    });
    entity.hash = recordHash(hashedFields(entity));
    return tx.getRepository(LearningRecordEntity).save(entity);
  }
}
