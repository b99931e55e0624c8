import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, DataSource, Repository } from 'typeorm';
import type { EvidenceCheckpointResult, PublishedCheckpoint } from '@lc/shared-contracts';
import { LearningRecordEntity } from '../learning-record.entity';
import { hashedFieldsOf } from '../record-hash';
import { ChainHead, ChainRecord, segmentContinues } from './chain-verdict';
import { CHECKPOINT_FORMAT, changedHash, publish, signCheckpoint, statementDigest } from './checkpoint';
import { CheckpointLog } from './checkpoint-log';
import { CheckpointStore } from './checkpoint-store';
import { headsRoot } from './merkle';
import type { SigningKey } from './signing-key';
import { EVIDENCE_SIGNING_KEY } from './signing-key.provider';
import { AppConfig } from '@lc/api-shared';

/** Another process may have signed since: the checkpoints on disk are read again after this long. */
const REFRESH_MS = 30_000;
const SEGMENT_BATCH = 100;

export const toChainRecord = (r: LearningRecordEntity): ChainRecord => ({ ...hashedFieldsOf(r), hash: r.hash });

/**
 * Signs checkpoints of every person's chain head (docs/adr/0013), on a schedule and on demand, and keeps the heads
 * of the latest one — replayed from the checkpoint store outside the database, never from a table — to judge chains.
 */
@Injectable()
export class EvidenceAnchorService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('EvidenceAnchor');
  private readonly log: CheckpointLog;
  private refreshedAt = 0;
  /** The highest stored sequence number already replayed (or found unreadable). */
  private readUpTo = 0;
  private refreshing: Promise<void> | null = null;
  private signing: Promise<unknown> = Promise.resolve();
  private timer?: NodeJS.Timeout;

  constructor(
    @InjectRepository(LearningRecordEntity) private readonly records: Repository<LearningRecordEntity>,
    private readonly dataSource: DataSource,
    private readonly store: CheckpointStore,
    @Inject(EVIDENCE_SIGNING_KEY) private readonly key: SigningKey,
    private readonly config: AppConfig,
  ) {
    this.log = new CheckpointLog(key.publicKey);
  }

  onApplicationBootstrap(): void {
    const minutes = this.config.EVIDENCE_CHECKPOINT_MINUTES;
    if (minutes <= 0) return;
    this.timer = setInterval(() => {
      this.checkpoint().catch((err: Error) => this.logger.error(`Scheduled checkpoint failed: ${err.message}`));
    }, minutes * 60_000);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  /** The person's head in the latest signed checkpoint, or null if no checkpoint holds them yet. */
  async anchorOf(personId: string): Promise<{ seq: number; hash: string } | null> {
    await this.refresh();
    return this.log.heads.get(personId) ?? null;
  }

  async latest(): Promise<PublishedCheckpoint | null> {
    await this.refresh();
    return this.log.latest && publish(this.log.latest, this.key.publicKey);
  }

  /** Signs a checkpoint if any head moved; one at a time in this process, and the store refuses a second writer. */
  checkpoint(): Promise<EvidenceCheckpointResult> {
    const run = this.signing.then(() => this.sign());
    this.signing = run.catch(() => undefined);
    return run;
  }

  private async sign(): Promise<EvidenceCheckpointResult> {
    await this.refresh(true);
    const heads: { person_id: string; seq: number; hash: string }[] = await this.dataSource.query(
      `SELECT person_id, seq, hash FROM learning_chain_head ORDER BY person_id`,
    );
    const moved = heads.filter((h) => {
      const signed = this.log.heads.get(h.person_id);
      return !signed || signed.seq !== h.seq || signed.hash !== h.hash;
    });
    const { advanced, heldBack } = await this.continuing(moved.map((h) => h.person_id));
    const latest = this.log.latest;
    if (latest && advanced.length === 0)
      return { checkpoint: publish(latest, this.key.publicKey), created: false, heldBack };
    const next = new Map(this.log.heads);
    for (const h of advanced) next.set(h.personId, { seq: h.seq, hash: h.hash });
    const changed = advanced.sort((a, b) => (a.personId < b.personId ? -1 : 1));
    const signed = signCheckpoint(
      {
        format: CHECKPOINT_FORMAT,
        sequence: this.readUpTo + 1,
        createdAt: new Date().toISOString(),
        previous: latest ? statementDigest(latest.statement) : null,
        persons: next.size,
        root: headsRoot([...next].map(([personId, h]) => ({ personId, ...h }))),
        changed: changed.length,
        changedHash: changedHash(changed),
        keyId: this.key.keyId,
      },
      changed,
      this.key.privateKey,
    );
    if (!(await this.store.append(signed))) {
      // Another API process signed this sequence number first: its checkpoint stands.
      await this.refresh(true);
      return { checkpoint: publish(this.log.latest!, this.key.publicKey), created: false, heldBack };
    }
    const { statement, signature } = signed;
    await this.dataSource.query(
      `INSERT INTO evidence_checkpoint (sequence, created_at, root, persons, statement, signature)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (sequence) DO NOTHING`,
      [statement.sequence, statement.createdAt, statement.root, statement.persons, statement, signature],
    );
    // A refresh may have read the new file already while the row was written.
    if (this.readUpTo < statement.sequence) {
      this.log.apply(signed);
      this.readUpTo = statement.sequence;
    }
    this.logger.log(
      `Evidence checkpoint ${statement.sequence}: ${statement.persons} chains, ${changed.length} advanced, ${heldBack} held back`,
    );
    return { checkpoint: publish(signed, this.key.publicKey), created: true, heldBack };
  }

  /** The new heads of `personIds` whose records since their signed head continue it; the others are held back. */
  private async continuing(personIds: string[]): Promise<{ advanced: ChainHead[]; heldBack: number }> {
    const advanced: ChainHead[] = [];
    let heldBack = 0;
    for (let i = 0; i < personIds.length; i += SEGMENT_BATCH) {
      const batch = personIds.slice(i, i + SEGMENT_BATCH);
      const rows = await this.records
        .createQueryBuilder('r')
        .where(
          new Brackets((w) =>
            batch.forEach((personId, j) =>
              w.orWhere(`(r.person_id = :p${j} AND r.seq >= :s${j})`, {
                [`p${j}`]: personId,
                [`s${j}`]: this.log.heads.get(personId)?.seq ?? 1,
              }),
            ),
          ),
        )
        .orderBy('r.person_id')
        .addOrderBy('r.seq')
        .getMany();
      const byPerson = new Map<string, ChainRecord[]>();
      for (const r of rows) byPerson.set(r.personId, [...(byPerson.get(r.personId) ?? []), toChainRecord(r)]);
      for (const personId of batch) {
        const segment = byPerson.get(personId) ?? [];
        if (!segmentContinues(segment, this.log.heads.get(personId) ?? null)) {
          heldBack++;
          continue;
        }
        const last = segment[segment.length - 1];
        advanced.push({ personId, seq: last.seq, hash: last.hash });
      }
    }
    return { advanced, heldBack };
  }

  /** Reads checkpoints other processes stored since; at most every REFRESH_MS unless `now`. */
  private async refresh(now = false): Promise<void> {
    if (!now && Date.now() - this.refreshedAt < REFRESH_MS) return;
    this.refreshing ??= this.readNew().finally(() => (this.refreshing = null));
    await this.refreshing;
  }

  private async readNew(): Promise<void> {
    const stored = await this.store.sequences();
    for (let sequence = this.readUpTo + 1; sequence <= (stored.at(-1) ?? 0); sequence++) {
      const checkpoint = stored.includes(sequence) ? await this.store.read(sequence) : null;
      // Checked again after the read: this process may have signed and applied it meanwhile.
      if (sequence <= this.readUpTo) continue;
      if (checkpoint) this.log.apply(checkpoint);
      else this.log.missing(sequence);
      this.readUpTo = sequence;
    }
    this.refreshedAt = Date.now();
  }
}
