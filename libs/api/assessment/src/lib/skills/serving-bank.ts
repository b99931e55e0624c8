import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import type { CompetenceFramework, LocalisedText } from '@lc/shared-contracts';
import { PreparedBank, prepareBank } from '@lc/api-assessment-engine';
import { FrameworkService } from '@lc/api-catalog';
import { DomainError } from '@lc/api-shared';
import { GRADABLE_TYPES } from '../grading';
import { TestItemEntity } from '../test-item.entity';
import { AssessmentRuleSetEntity } from './assessment-rule-set.entity';
import { AssessmentRules, RuleVersions, rulesFromRows, versionsKey, versionsOf } from './rule-sets';

export type ServedItem = Pick<TestItemEntity, 'id' | 'competence' | 'type' | 'stem' | 'options' | 'answer' | 'extra'>;

/** The bank as attempts use it: shared by every attempt served with the same rule versions. */
export interface ServingBank {
  rules: AssessmentRules;
  versions: RuleVersions;
  prepared: PreparedBank;
  items: ReadonlyMap<string, ServedItem>;
  /**
   * Retired and superseded items (an older version of an edited item) stay in the bank so that answers to them
   * still score; they are never served again.
   */
  retired: ReadonlySet<string>;
  /** For an item with several versions: the ids of all of them (its lineage). Absent: the item is its only version. */
  lineages: ReadonlyMap<string, readonly string[]>;
  framework: CompetenceFramework;
  domainNames: ReadonlyMap<string, LocalisedText>;
  aboutMinutes: number;
}

/**
 * Reviewers may publish or retire items at any time; a minute's delay before an attempt can be served a newly
 * published item costs nothing, and spares every answer a read of the whole bank.
 */
const REFRESH_MS = 60_000;

interface Cached {
  at: number;
  bank: Promise<ServingBank>;
}

/** Loads and caches the bank, rules and framework per rule versions; one process holds a few at most. */
@Injectable()
export class ServingBanks {
  private inForce: Cached | null = null;
  private readonly byVersions = new Map<string, Cached>();

  constructor(
    @InjectRepository(AssessmentRuleSetEntity) private readonly ruleSets: Repository<AssessmentRuleSetEntity>,
    @InjectRepository(TestItemEntity) private readonly testItems: Repository<TestItemEntity>,
    private readonly frameworks: FrameworkService,
  ) {}

  /** The bank with the rules in force: the newest published version of each. */
  current(): Promise<ServingBank> {
    if (!this.inForce || Date.now() - this.inForce.at > REFRESH_MS) {
      const bank = this.loadInForce();
      this.inForce = { at: Date.now(), bank };
      bank.catch(() => (this.inForce = null));
    }
    return this.inForce.bank;
  }

  /** Forgets the rules in force, so that a version just published serves the next attempt. */
  invalidate(): void {
    this.inForce = null;
  }

  /** The bank with the rules an attempt started with, so that it is served and scored by one set of rules. */
  async forVersions(versions: RuleVersions): Promise<ServingBank> {
    const current = await this.current();
    if (versionsKey(current.versions) === versionsKey(versions)) return current;
    const key = versionsKey(versions);
    const cached = this.byVersions.get(key);
    if (cached && Date.now() - cached.at <= REFRESH_MS) return cached.bank;
    const bank = this.loadVersions(versions).then((rules) => this.build(rules));
    this.byVersions.set(key, { at: Date.now(), bank });
    bank.catch(() => this.byVersions.delete(key));
    return bank;
  }

  private async loadInForce(): Promise<ServingBank> {
    const rows: AssessmentRuleSetEntity[] = await this.ruleSets.query(
      `SELECT DISTINCT ON (kind) kind, version, body FROM assessment_rule_set
       WHERE kind IN ('engine_config', 'cut_scores', 'policy') ORDER BY kind, published_at DESC, version DESC`,
    );
    const cutScores = rows.find((r) => r.kind === 'cut_scores');
    const calibration = cutScores
      ? await this.ruleSets.findOneBy({ kind: 'calibration', version: String(cutScores.body['calibrationVersion']) })
      : null;
    if (rows.length < 3 || !calibration) {
      throw new DomainError(
        'ASSESSMENT_NOT_CONFIGURED',
        'Bài đánh giá năng lực số chưa được cấu hình. Hãy báo cho quản trị viên.',
        409,
      );
    }
    return this.build(rulesFromRows([...rows, calibration]));
  }

  private async loadVersions(v: RuleVersions): Promise<AssessmentRules> {
    const wanted: [string, string][] = [
      ['engine_config', v.engine],
      ['cut_scores', v.cutScores],
      ['calibration', v.calibration],
      ['policy', v.policy],
    ];
    const rows = await this.ruleSets.find({ where: wanted.map(([kind, version]) => ({ kind, version }) as never) });
    return rulesFromRows(rows);
  }

  private async build(rules: AssessmentRules): Promise<ServingBank> {
    const [rows, framework] = await Promise.all([
      this.testItems.find({
        select: {
          id: true,
          competence: true,
          level: true,
          type: true,
          stem: true,
          options: true,
          answer: true,
          extra: true,
          status: true,
          timeSeconds: true,
          lineageId: true,
        },
        where: { source: 'bank', status: In(['published', 'retired', 'superseded']), type: In([...GRADABLE_TYPES]) },
        order: { id: 'ASC' },
      }),
      this.frameworks.framework(),
    ]);
    const published = rows.filter((r) => r.status === 'published');
    const meanSeconds = published.reduce((sum, r) => sum + r.timeSeconds, 0) / Math.max(1, published.length);
    return {
      rules,
      versions: versionsOf(rules),
      prepared: prepareBank(rows, rules.engine, rules.calibration),
      items: new Map(rows.map((r) => [r.id, r])),
      retired: new Set(rows.filter((r) => r.status !== 'published').map((r) => r.id)),
      lineages: lineagesOf(rows),
      framework,
      domainNames: new Map(framework.domains.map((d) => [d.code, d.name])),
      // Rounded up to five minutes: a promise of "about", not a countdown.
      aboutMinutes: Math.ceil((rules.engine.stop.maxTotal * meanSeconds) / 60 / 5) * 5,
    };
  }
}

/** Each item of a lineage with more than one version, mapped to every version's id. */
function lineagesOf(rows: readonly { id: string; lineageId: string | null }[]): Map<string, string[]> {
  const byLineage = new Map<string, string[]>();
  for (const r of rows) byLineage.set(r.lineageId ?? r.id, [...(byLineage.get(r.lineageId ?? r.id) ?? []), r.id]);
  return new Map([...byLineage.values()].filter((ids) => ids.length > 1).flatMap((ids) => ids.map((id) => [id, ids])));
}
