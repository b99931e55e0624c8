import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import type { TestPreview } from '@lc/shared-contracts';
import { CourseLookups } from '@lc/api-catalog';
import { AuthUser, permitted } from '@lc/api-shared';
import { testPreviewAccess } from './access/assessment-policy';
import { toDeliveredItem } from './item.mapper';
import { TestItemEntity } from './test-item.entity';
import { TestEntity } from './test.entity';

/**
 * A saved test's items as a citizen's browser receives them (the same projection, so the preview cannot show more
 * than a learner sees), for the course's author and content reviewers at any status of the course. It writes
 * nothing: no attempt, no answer, no record.
 */
@Injectable()
export class TestPreviewService {
  constructor(
    @InjectRepository(TestEntity) private readonly tests: Repository<TestEntity>,
    @InjectRepository(TestItemEntity) private readonly items: Repository<TestItemEntity>,
    private readonly catalog: CourseLookups,
  ) {}

  async preview(testId: string, viewer: AuthUser): Promise<TestPreview> {
    const found = await this.tests.findOneBy({ id: testId });
    const course = found && (await this.catalog.courseOfTest(found.id));
    const test = permitted(testPreviewAccess(viewer, course ?? null), found);
    const items = test.itemIds.length ? await this.items.findBy({ id: In(test.itemIds) }) : [];
    const byId = new Map(items.map((i) => [i.id, i]));
    return {
      testId: test.id,
      title: test.title,
      items: test.itemIds.flatMap((id) => {
        const item = byId.get(id);
        return item ? [toDeliveredItem(item)] : [];
      }),
    };
  }
}
