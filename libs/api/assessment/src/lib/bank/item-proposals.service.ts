import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { In, Repository } from 'typeorm';
import type { ItemProposalRequest, ReviewedItem } from '@lc/shared-contracts';
import { FrameworkService } from '@lc/api-catalog';
import { UsersService } from '@lc/api-identity';
import { AuthUser, conflict, invalid, notFound, permitted } from '@lc/api-shared';
import { proposalAccess } from '../access/assessment-policy';
import { TestItemEntity } from '../test-item.entity';
import { difficultyForLevel } from '../trainer-items';
import { proposalProblem } from './proposal-check';
import { proposalFields } from './proposal-item';
import { pictureProblem } from './proposal-picture';
import { toReviewedItem } from './reviewed-item';
import { reviewTransition } from './review-transitions';

const UNIQUE_VIOLATION = '23505';

/** Trainers' proposals for the city bank: write one, list one's own, edit one until it is published. */
@Injectable()
export class ItemProposalsService {
  constructor(
    @InjectRepository(TestItemEntity) private readonly items: Repository<TestItemEntity>,
    private readonly framework: FrameworkService,
    private readonly users: UsersService,
  ) {}

  /** A new item, or the next version of a published one (`revises`); either waits for a reviewer. */
  async propose(req: ItemProposalRequest, user: AuthUser): Promise<ReviewedItem> {
    await this.check(req);
    const id = `b-${randomUUID()}`;
    let lineage = { lineageId: id, version: 1 };
    if (req.revises) {
      const revised = await this.items.findOneBy({ id: req.revises, source: 'bank', status: 'published' });
      if (!revised) throw notFound('ITEM_NOT_FOUND', 'Không tìm thấy câu hỏi đã phát hành cần sửa.');
      const lineageId = revised.lineageId ?? revised.id;
      const last = await this.items.maximum('version', [{ lineageId }, { id: lineageId }]);
      lineage = { lineageId, version: (last ?? 1) + 1 };
    }
    try {
      await this.items.insert({
        id,
        source: 'bank',
        competence: req.competence,
        level: req.level,
        type: req.type,
        ...proposalFields(req),
        difficulty: difficultyForLevel(req.level),
        discrimination: 1,
        status: 'in_review',
        authorId: user.id,
        ...lineage,
      });
    } catch (err) {
      if ((err as { code?: string }).code === UNIQUE_VIOLATION)
        throw conflict('ITEM_REVISION_OPEN', 'Câu hỏi này đang có một bản sửa chờ duyệt. Hãy chờ bản đó được duyệt.');
      throw err;
    }
    return this.view(id);
  }

  /** The author's edit: the texts change and the item goes (back) to review, its old reasons cleared. */
  async edit(id: string, req: ItemProposalRequest, user: AuthUser): Promise<ReviewedItem> {
    const item = await this.own(id, user);
    reviewTransition(item, 'resubmit');
    if (req.revises && req.revises !== item.id)
      throw invalid('ITEM_REVISES_FIXED', 'Không đổi được câu hỏi gốc của một bản sửa.');
    await this.check(req);
    // The status in the WHERE orders this edit against a reviewer's decision made meanwhile.
    const done = await this.items.update(
      { id, authorId: user.id, status: In(['in_review', 'returned']) },
      {
        competence: req.competence,
        level: req.level,
        type: req.type,
        ...proposalFields(req),
        difficulty: difficultyForLevel(req.level),
        status: 'in_review',
        reviewReasons: [],
      },
    );
    if (!done.affected) reviewTransition(await this.own(id, user), 'resubmit');
    return this.view(id);
  }

  async mine(user: AuthUser): Promise<ReviewedItem[]> {
    const rows = await this.items.find({
      where: { source: 'bank', authorId: user.id },
      order: { createdAt: 'DESC' },
      take: 200,
    });
    const names = await this.users.names([user.id]);
    return rows.map((r) => toReviewedItem(r, names));
  }

  private async check(req: ItemProposalRequest): Promise<void> {
    const picture = req.picture && pictureProblem(req.picture);
    if (picture) throw invalid(picture.code, picture.message);
    const problem = proposalProblem(req, await this.framework.competenceCodes());
    if (problem) throw invalid(problem.code, problem.message);
  }

  private async own(id: string, user: AuthUser): Promise<TestItemEntity> {
    const item = await this.items.findOneBy({ id, source: 'bank' });
    return permitted(proposalAccess(user, item), item);
  }

  private async view(id: string): Promise<ReviewedItem> {
    const item = await this.items.findOneByOrFail({ id });
    return toReviewedItem(item, await this.users.names(item.authorId ? [item.authorId] : []));
  }
}
