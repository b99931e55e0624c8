import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import type { CourseTestReview } from '@lc/shared-contracts';
import { CatalogService } from '@lc/api-catalog';
import { UsersService } from '@lc/api-identity';
import { AuthUser } from '@lc/api-shared';
import { TestItemEntity } from '../test-item.entity';
import { TestEntity } from '../test.entity';
import { toReviewedItem } from './reviewed-item';

/**
 * The items of a course's fixed-form tests with their keys, so that a reviewer judges them before publishing
 * the course (issue 8: "6 câu hỏi" was all a reviewer saw). Blueprint tests draw published bank items only.
 */
@Injectable()
export class CourseTestReviewService {
  constructor(
    @InjectRepository(TestEntity) private readonly tests: Repository<TestEntity>,
    @InjectRepository(TestItemEntity) private readonly items: Repository<TestItemEntity>,
    private readonly catalog: CatalogService,
    private readonly users: UsersService,
  ) {}

  async forCourse(courseId: string, reviewer: AuthUser): Promise<CourseTestReview[]> {
    const course = await this.catalog.detail(courseId, reviewer);
    const testIds = course.modules.flatMap((m) => m.materials).flatMap((m) => (m.testId ? [m.testId] : []));
    if (!testIds.length) return [];
    const tests = await this.tests.findBy({ id: In(testIds) });
    const itemIds = tests.flatMap((t) => t.itemIds);
    const items = itemIds.length ? await this.items.findBy({ id: In(itemIds) }) : [];
    const names = await this.users.names(items.map((i) => i.authorId).filter((a): a is string => !!a));
    const byId = new Map(items.map((i) => [i.id, toReviewedItem(i, names)]));
    const byTest = new Map(tests.map((t) => [t.id, t]));
    return testIds.flatMap((id) => {
      const test = byTest.get(id);
      return test ? [{ testId: id, title: test.title, items: test.itemIds.flatMap((i) => byId.get(i) ?? []) }] : [];
    });
  }
}
