import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import type { EvidenceVerification } from '@lc/shared-contracts';
import { LearningRecordEntity } from '../learning-record.entity';
import { ChainRecord, ChainVerdict, chainVerdict } from './chain-verdict';
import { CheckpointLog } from './checkpoint-log';
import { CheckpointStore } from './checkpoint-store';
import { EvidenceAnchorService, toChainRecord } from './evidence-anchor.service';
import type { SigningKey } from './signing-key';
import { EVIDENCE_SIGNING_KEY } from './signing-key.provider';

const PERSONS_PER_PAGE = 200;

/**
 * Judges chains against their records and the signed checkpoints outside the database. Nothing it trusts can be
 * rewritten by the API's database role: records are append-only to it, and the heads come from the signed store.
 */
@Injectable()
export class ChainVerifierService {
  private readonly logger = new Logger('EvidenceVerifier');
  private running: Promise<EvidenceVerification> | null = null;

  constructor(
    @InjectRepository(LearningRecordEntity) private readonly records: Repository<LearningRecordEntity>,
    private readonly dataSource: DataSource,
    private readonly store: CheckpointStore,
    @Inject(EVIDENCE_SIGNING_KEY) private readonly key: SigningKey,
    private readonly anchor: EvidenceAnchorService,
  ) {}

  /** One person's chain, on its own and against their head in the latest signed checkpoint. */
  async personProblem(personId: string): Promise<ChainVerdict | null> {
    const [rows, anchor] = await Promise.all([
      this.records.find({ where: { personId }, order: { seq: 'ASC' } }),
      this.anchor.anchorOf(personId),
    ]);
    return chainVerdict(rows.map(toChainRecord), anchor);
  }

  /** Every chain; a request made while one runs gets that run's report. */
  verifyAll(): Promise<EvidenceVerification> {
    this.running ??= this.run().finally(() => (this.running = null));
    return this.running;
  }

  private async run(): Promise<EvidenceVerification> {
    const log = await this.replay();
    const broken: EvidenceVerification['broken'] = [];
    const anchored = [...log.heads.keys()].sort();
    let next = 0;
    let chains = 0;
    let records = 0;
    // Person ids in PostgreSQL's uuid order, which is the order of their lower-case text: a merge with the signed
    // heads finds the people whose records are all gone.
    const gone = (before: string | null) => {
      while (next < anchored.length && (before === null || anchored[next] < before))
        broken.push({ personId: anchored[next++], problem: 'truncated', seq: 1 });
    };
    for (let after: string | null = null; ; ) {
      const page: { person_id: string }[] = await this.dataSource.query(
        `SELECT DISTINCT person_id FROM learning_record WHERE $1::uuid IS NULL OR person_id > $1::uuid
         ORDER BY person_id LIMIT ${PERSONS_PER_PAGE}`,
        [after],
      );
      if (page.length === 0) break;
      const chainsOf = await this.chainsOf(page.map((p) => p.person_id));
      for (const [personId, chain] of chainsOf) {
        gone(personId);
        if (anchored[next] === personId) next++;
        chains++;
        records += chain.length;
        const verdict = chainVerdict(chain, log.heads.get(personId) ?? null);
        if (verdict) broken.push({ personId, ...verdict });
      }
      after = page[page.length - 1].person_id;
    }
    gone(null);
    const latest = log.latest?.statement;
    const report: EvidenceVerification = {
      checkedAt: new Date().toISOString(),
      chains,
      records,
      checkpoint: latest ? { sequence: latest.sequence, createdAt: latest.createdAt, root: latest.root } : null,
      checkpointProblems: log.faults,
      broken,
      intact: broken.length === 0 && log.faults.length === 0,
    };
    // Counts only: which people is for the admin's report, never for the logs.
    const count = (p: string) => broken.filter((b) => b.problem === p).length;
    this.logger.log(
      `Evidence verified: ${chains} chains, ${records} records; modified ${count('modified')}, rehashed ` +
        `${count('rehashed')}, truncated ${count('truncated')}; checkpoint problems ${log.faults.length}`,
    );
    return report;
  }

  private async chainsOf(personIds: string[]): Promise<Map<string, ChainRecord[]>> {
    const rows = await this.records.find({
      where: { personId: In(personIds) },
      order: { personId: 'ASC', seq: 'ASC' },
    });
    const chains = new Map<string, ChainRecord[]>(personIds.map((id) => [id, []]));
    for (const r of rows) chains.get(r.personId)?.push(toChainRecord(r));
    return chains;
  }

  /**
   * Every checkpoint from the first, replayed afresh from the store. A sequence number with no readable file is
   * missing, up to the highest one stored or recorded in the database's copy: that copy can add a fault (files
   * gone), never hide one.
   */
  private async replay(): Promise<CheckpointLog> {
    const log = new CheckpointLog(this.key.publicKey);
    const stored = new Set(await this.store.sequences());
    const [{ max }]: { max: number | null }[] = await this.dataSource.query(
      `SELECT max(sequence) AS max FROM evidence_checkpoint`,
    );
    const last = Math.max(max ?? 0, ...stored);
    for (let sequence = 1; sequence <= last; sequence++) {
      const checkpoint = stored.has(sequence) ? await this.store.read(sequence) : null;
      if (checkpoint) log.apply(checkpoint);
      else log.missing(sequence);
    }
    if (!log.rootHolds()) log.faults.push({ sequence: log.sequence, problem: 'root' });
    return log;
  }
}
