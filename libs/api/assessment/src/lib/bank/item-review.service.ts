import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import type { ItemReviewQueue, ReviewDecisionRequest, ReviewedItem } from '@lc/shared-contracts';
import { UsersService } from '@lc/api-identity';
import { AuthUser, notFound, permitted } from '@lc/api-shared';
import { itemReviewAccess } from '../access/assessment-policy';
import { TestItemEntity } from '../test-item.entity';
import { ItemProblemReportEntity } from './item-problem-report.entity';
import { toReviewedItem } from './reviewed-item';
import { reviewTransition } from './review-transitions';

const QUEUE_LIMIT = 200;

/** Content reviewers' side of the bank: the queue, and publishing, returning or retiring each item. */
@Injectable()
export class ItemReviewService {
  constructor(
    @InjectRepository(TestItemEntity) private readonly items: Repository<TestItemEntity>,
    @InjectRepository(ItemProblemReportEntity) private readonly reports: Repository<ItemProblemReportEntity>,
    private readonly dataSource: DataSource,
    private readonly users: UsersService,
  ) {}

  async queue(): Promise<ItemReviewQueue> {
    const [waiting, reports] = await Promise.all([
      this.items.find({
        where: { source: 'bank', status: 'in_review' },
        order: { createdAt: 'ASC' },
        take: QUEUE_LIMIT,
      }),
      this.reports.find({ where: { status: 'open' }, order: { createdAt: 'ASC' }, take: QUEUE_LIMIT }),
    ]);
    const reported = reports.length
      ? await this.items.findBy({ id: In([...new Set(reports.map((r) => r.itemId))]) })
      : [];
    const names = await this.users.names(
      [...waiting, ...reported].map((i) => i.authorId).filter((a): a is string => !!a),
    );
    const byId = new Map(reported.map((i) => [i.id, toReviewedItem(i, names)]));
    return {
      items: waiting.map((i) => toReviewedItem(i, names)),
      // The reporter stays anonymous to reviewers: what matters is the item and the reason.
      reports: reports.flatMap((r) => {
        const item = byId.get(r.itemId);
        return item ? [{ id: r.id, reason: r.reason, note: r.note, createdAt: r.createdAt.toISOString(), item }] : [];
      }),
    };
  }

  /**
   * One decision on one item. The row lock orders concurrent decisions: the first applies, the others see the
   * new status and are refused, so fifty clicks publish once. Publishing a new version supersedes the old one in
   * the same transaction, so the assessment never has two or none.
   */
  async decide(id: string, req: ReviewDecisionRequest, user: AuthUser): Promise<ReviewedItem> {
    const reasons = (req.reasons ?? []).map((r) => r.trim()).filter(Boolean);
    await this.dataSource.transaction(async (tx) => {
      const repo = tx.getRepository(TestItemEntity);
      const found = await repo.findOne({ where: { id, source: 'bank' }, lock: { mode: 'pessimistic_write' } });
      const item = permitted(itemReviewAccess(user, found, req.action), found);
      const status = reviewTransition(item, req.action, reasons);
      if (status === 'published' && item.lineageId && item.version > 1) {
        await repo
          .createQueryBuilder()
          .update()
          .set({ status: 'superseded' })
          .where(`COALESCE(lineage_id, id) = :lineage AND status = 'published' AND id <> :id`, {
            lineage: item.lineageId,
            id,
          })
          .execute();
      }
      await repo.update(id, {
        status,
        reviewReasons: req.action === 'return' ? reasons : item.reviewReasons,
        reviewedBy: user.id,
        reviewedAt: new Date(),
      });
    });
    return this.view(id);
  }

  /** Any item with its key, e.g. the published one a report concerns, so a reviewer can propose its fix. */
  async view(id: string): Promise<ReviewedItem> {
    const item = await this.items.findOneBy({ id });
    if (!item) throw notFound('ITEM_NOT_FOUND', 'Không tìm thấy câu hỏi này.');
    return toReviewedItem(item, await this.users.names(item.authorId ? [item.authorId] : []));
  }

  /** A reviewer has dealt with a report (fixed the item, or found nothing wrong). Closing twice is harmless. */
  async closeReport(id: string): Promise<void> {
    const report = await this.reports.findOneBy({ id });
    if (!report) throw notFound('REPORT_NOT_FOUND', 'Không tìm thấy báo lỗi này.');
    await this.reports.update({ id, status: 'open' }, { status: 'closed' });
  }
}
