import { Injectable } from '@nestjs/common';
import type { ItemResponse, SkillsAttempt } from '@lc/shared-contracts';
import { AuthUser, conflict, invalid, managerOf, notFound, Transactions, UnitOfWork } from '@lc/api-shared';
import { cleanResponse, isCorrect, isEmptyResponse, responseProblem, sameResponse } from '../grading';
import { answersOf, nextStep, optionOrderFor, preparedItem } from './attempt-engine';
import { ExposureCountsCache } from './exposure-counts';
import { ServingBank, ServingBanks } from './serving-bank';
import { SkillsAttemptEntity } from './skills-attempt.entity';
import { SkillsAttemptsService } from './skills-attempts.service';
import { SkillsFinisher } from './skills-finisher';
import { SkillsResponseEntity } from './skills-response.entity';
import { attemptVersions, SkillsViews } from './skills-views';

interface Saved {
  attempt: SkillsAttemptEntity;
  rows: SkillsResponseEntity[];
  timeUp: boolean;
}

/** The answer to the question served at `position` of a skills-assessment attempt. */
export interface SkillsAnswer {
  attemptId: string;
  position: number;
  response: ItemResponse;
}

@Injectable()
export class SkillsAnswersService {
  constructor(
    private readonly transactions: Transactions,
    private readonly attempts: SkillsAttemptsService,
    private readonly banks: ServingBanks,
    private readonly exposure: ExposureCountsCache,
    private readonly finisher: SkillsFinisher,
    private readonly views: SkillsViews,
  ) {}

  /**
   * Saves the answer to the question served at `position` and serves the next one, or finishes the attempt. One
   * transaction over the attempt's own rows: the bank, rules and exposure counts come from memory, read before it
   * opens. Sending the same answer again returns the same state; a different one for an answered question is
   * refused, since the questions after it were chosen from it.
   */
  async answer({ attemptId, position, response }: SkillsAnswer, user: AuthUser): Promise<SkillsAttempt> {
    if (isEmptyResponse(response)) throw invalid('ANSWER_EMPTY', 'Hãy trả lời câu hỏi trước khi lưu.');
    const owned = await this.attempts.own(attemptId, user);
    const bank = await this.banks.forVersions(attemptVersions(owned));
    const exposure = await this.exposure.counts(bank.rules.policy.exposure.windowDays);
    const saved = await this.transactions.run((work) =>
      this.save(work, { attemptId, position, response, bank, exposure }),
    );
    if (saved.timeUp) {
      throw conflict('ASSESSMENT_TIME_UP', 'Đã hết giờ làm bài. Kết quả được tính trên những câu bạn đã trả lời.');
    }
    const rows = saved.rows.map((r) => ({
      position: r.position,
      itemId: r.itemId,
      answered: r.response !== null,
      optionOrder: r.optionOrder,
    }));
    return this.views.view(saved.attempt, rows, bank);
  }

  private async save(
    work: UnitOfWork,
    req: {
      attemptId: string;
      position: number;
      response: ItemResponse;
      bank: ServingBank;
      exposure: Awaited<ReturnType<ExposureCountsCache['counts']>>;
    },
  ): Promise<Saved> {
    const { attemptId, position, response, bank } = req;
    const tx = managerOf(work);
    // The row lock orders this answer with a retry of it and with the expiry of the attempt.
    const attempt = await tx
      .getRepository(SkillsAttemptEntity)
      .findOneOrFail({ where: { id: attemptId }, lock: { mode: 'pessimistic_write' } });
    const rows = await tx
      .getRepository(SkillsResponseEntity)
      .find({ where: { attemptId }, order: { position: 'ASC' } });
    const row = rows.find((r) => r.position === position);
    if (!row) throw notFound('QUESTION_NOT_FOUND', 'Không tìm thấy câu hỏi này trong bài làm của bạn.');
    if (row.response) {
      const type = bank.items.get(row.itemId)?.type ?? 'single_choice';
      if (sameResponse(type, row.response, response)) return { attempt, rows, timeUp: false };
      throw conflict('ANSWER_ALREADY_SAVED', 'Câu này đã được lưu. Bài đánh giá không cho sửa câu đã trả lời.');
    }
    if (attempt.finishedAt) throw conflict('ASSESSMENT_FINISHED', 'Bài đánh giá này đã kết thúc.');
    if (attempt.deadlineAt <= new Date()) {
      await this.finisher.finish(work, { attempt, rows, bank, endReason: 'expired' });
      return { attempt, rows, timeUp: true };
    }
    const item = bank.items.get(row.itemId);
    const problem = item ? responseProblem(item, response) : 'Câu hỏi này không còn trong ngân hàng.';
    if (!item || problem) throw invalid('ANSWER_INVALID', problem ?? '');
    const stored = cleanResponse(item.type, response);
    Object.assign(row, { response: stored, correct: isCorrect(item, stored), answeredAt: new Date() });
    await tx
      .getRepository(SkillsResponseEntity)
      .update({ attemptId, position }, { response: row.response, correct: row.correct, answeredAt: row.answeredAt });
    const step = nextStep(bank, attempt, answersOf(rows), req.exposure);
    if (step.done) {
      await this.finisher.finish(work, { attempt, rows, bank, endReason: 'done' });
      return { attempt, rows, timeUp: false };
    }
    const next = preparedItem(bank, step.itemId);
    const served = Object.assign(new SkillsResponseEntity(), {
      attemptId,
      position: rows.length + 1,
      itemId: next.id,
      a: next.a,
      b: next.b,
      servedAt: new Date(),
      response: null,
      correct: null,
      answeredAt: null,
      optionOrder: optionOrderFor(bank.items.get(next.id)),
    });
    await tx.getRepository(SkillsResponseEntity).insert(served);
    return { attempt, rows: [...rows, served], timeUp: false };
  }
}
