import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, IsNull, LessThanOrEqual, MoreThan, Not, Repository } from 'typeorm';
import type { SkillsAssessmentOverview, SkillsAttempt } from '@lc/shared-contracts';
import { AuthUser, DomainError, managerOf, permitted, Transactions } from '@lc/api-shared';
import { nextStep, optionOrderFor, preparedItem } from './attempt-engine';
import { attemptAccess } from '../access/assessment-policy';
import { ExposureCountsCache } from './exposure-counts';
import { retakeAllowedAt } from './retake-policy';
import { ServingBanks } from './serving-bank';
import { SkillsAttemptEntity } from './skills-attempt.entity';
import { SkillsFinisher } from './skills-finisher';
import { SkillsResponseEntity } from './skills-response.entity';
import { levelsOf } from './skills-result';
import { attemptVersions, SkillsViews } from './skills-views';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const RESULTS_LISTED = 20;

const inHanoi = (d: Date) => d.toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });

@Injectable()
export class SkillsAttemptsService {
  constructor(
    @InjectRepository(SkillsAttemptEntity) private readonly attempts: Repository<SkillsAttemptEntity>,
    @InjectRepository(SkillsResponseEntity) private readonly responses: Repository<SkillsResponseEntity>,
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly banks: ServingBanks,
    private readonly exposure: ExposureCountsCache,
    private readonly finisher: SkillsFinisher,
    private readonly views: SkillsViews,
  ) {}

  /** What the assessment is, and where the person stands: an open attempt to resume, when they may start, results. */
  async overview(user: AuthUser): Promise<SkillsAssessmentOverview> {
    await this.settleExpired(user.id);
    const bank = await this.banks.current();
    const { engine, policy } = bank.rules;
    const mine = await this.attempts.find({ where: { personId: user.id }, order: { startedAt: 'DESC' } });
    const open = mine.find((a) => a.finishedAt === null);
    const answered = open ? await this.responses.countBy({ attemptId: open.id, answeredAt: Not(IsNull()) }) : 0;
    const nextStart = open
      ? null
      : retakeAllowedAt(
          policy.retake,
          mine.map((a) => a.startedAt),
          new Date(),
        );
    return {
      domains: bank.prepared.domains.map((code) => ({ code, name: bank.domainNames.get(code) ?? { vi: code } })),
      maxQuestions: engine.stop.maxTotal,
      aboutMinutes: bank.aboutMinutes,
      timeLimitMinutes: policy.time.limitMinutes,
      extraTimeMinutes: policy.time.extraMinutes,
      retake: policy.retake,
      openAttempt: open ? { id: open.id, answered, deadlineAt: open.deadlineAt.toISOString() } : null,
      nextStartAt: nextStart?.toISOString() ?? null,
      results: mine
        .flatMap((a) =>
          a.result ? [{ attemptId: a.id, finishedAt: a.result.finishedAt, levels: levelsOf(a.result) }] : [],
        )
        .slice(0, RESULTS_LISTED),
    };
  }

  /**
   * Starts an attempt, or returns the open one: a double click or a second device resumes it. Refused inside the
   * retake window, which counts attempts from when they started.
   */
  async start(user: AuthUser, extraTime: boolean): Promise<SkillsAttempt> {
    await this.settleExpired(user.id);
    const open = await this.attempts.findOneBy({ personId: user.id, finishedAt: IsNull() });
    if (open) return this.views.view(open);
    const bank = await this.banks.current();
    const { policy } = bank.rules;
    const now = new Date();
    const recent = await this.attempts.find({
      select: { id: true, startedAt: true },
      where: { personId: user.id, startedAt: MoreThan(new Date(now.getTime() - policy.retake.windowDays * DAY_MS)) },
    });
    const allowedAt = retakeAllowedAt(
      policy.retake,
      recent.map((a) => a.startedAt),
      now,
    );
    if (allowedAt) {
      throw new DomainError(
        'ASSESSMENT_RETAKE_TOO_SOON',
        `Bạn đã làm bài đánh giá năng lực số gần đây. Bạn có thể làm lại từ ${inHanoi(allowedAt)}.`,
        409,
        { retryAt: allowedAt.toISOString() },
      );
    }
    const attempt: SkillsAttemptEntity = Object.assign(new SkillsAttemptEntity(), {
      id: randomUUID(),
      personId: user.id,
      startedAt: now,
      deadlineAt: new Date(
        now.getTime() + (policy.time.limitMinutes + (extraTime ? policy.time.extraMinutes : 0)) * MINUTE_MS,
      ),
      extraTime,
      ...this.versionColumns(bank.versions),
      excludedItemIds: policy.excludePreviousAttempt ? await this.itemsOfPrevious(user.id) : [],
      finishedAt: null,
      endReason: null,
      result: null,
      recordId: null,
    });
    const step = nextStep(bank, attempt, [], await this.exposure.counts(policy.exposure.windowDays));
    if (step.done) {
      throw new DomainError(
        'ASSESSMENT_BANK_EMPTY',
        'Ngân hàng câu hỏi chưa có câu để đánh giá. Hãy báo cho cán bộ.',
        409,
      );
    }
    const first = preparedItem(bank, step.itemId);
    const optionOrder = optionOrderFor(bank.items.get(first.id));
    try {
      await this.dataSource.transaction(async (tx) => {
        await tx.getRepository(SkillsAttemptEntity).insert(attempt);
        await tx.getRepository(SkillsResponseEntity).insert({
          attemptId: attempt.id,
          position: 1,
          itemId: first.id,
          a: first.a,
          b: first.b,
          servedAt: now,
          optionOrder,
        });
      });
    } catch (err) {
      // Two starts at once: the unique index kept one; return it.
      const winner = await this.attempts.findOneBy({ personId: user.id, finishedAt: IsNull() });
      if (winner) return this.views.view(winner);
      throw err;
    }
    return this.views.view(attempt, [{ position: 1, itemId: first.id, answered: false, optionOrder }], bank);
  }

  /** The person's own attempt; another's is "not found", so that ids cannot be probed. */
  async get(attemptId: string, user: AuthUser): Promise<SkillsAttempt> {
    let attempt = await this.own(attemptId, user);
    if (attempt.finishedAt === null && attempt.deadlineAt <= new Date()) {
      await this.expire(attempt);
      attempt = await this.own(attemptId, user);
    }
    return this.views.view(attempt);
  }

  async own(attemptId: string, user: AuthUser): Promise<SkillsAttemptEntity> {
    const attempt = await this.attempts.findOneBy({ id: attemptId });
    return permitted(attemptAccess(user, attempt), attempt);
  }

  /** An attempt whose time ran out is scored on the answers given, whenever its owner next comes by. */
  private async settleExpired(personId: string): Promise<void> {
    const expired = await this.attempts.findOneBy({
      personId,
      finishedAt: IsNull(),
      deadlineAt: LessThanOrEqual(new Date()),
    });
    if (expired) await this.expire(expired);
  }

  private async expire(attempt: SkillsAttemptEntity): Promise<void> {
    const bank = await this.banks.forVersions(attemptVersions(attempt));
    await this.transactions.run(async (work) => {
      const tx = managerOf(work);
      const locked = await tx.getRepository(SkillsAttemptEntity).findOne({
        where: { id: attempt.id, finishedAt: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      if (!locked) return;
      const rows = await tx.getRepository(SkillsResponseEntity).find({ where: { attemptId: attempt.id } });
      await this.finisher.finish(work, { attempt: locked, rows, bank, endReason: 'expired' });
    });
  }

  private async itemsOfPrevious(personId: string): Promise<string[]> {
    const previous = await this.attempts.findOne({
      select: { id: true },
      where: { personId },
      order: { startedAt: 'DESC' },
    });
    if (!previous) return [];
    const served = await this.responses.find({ select: { itemId: true }, where: { attemptId: previous.id } });
    return served.map((r) => r.itemId);
  }

  private versionColumns(v: { engine: string; calibration: string; cutScores: string; policy: string }) {
    return {
      engineVersion: v.engine,
      calibrationVersion: v.calibration,
      cutScoresVersion: v.cutScores,
      policyVersion: v.policy,
    };
  }
}
