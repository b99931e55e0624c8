import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { TestIntro } from '@lc/shared-contracts';
import { CatalogService } from '@lc/api-catalog';
import { notFound } from '@lc/api-shared';
import { TestEntity } from './test.entity';

/** How many questions an attempt of `test` gets: its fixed items, or what its blueprint draws. */
export function questionCountOf(test: Pick<TestEntity, 'itemIds' | 'blueprint'>): number {
  return test.blueprint?.length ? test.blueprint.reduce((sum, row) => sum + row.count, 0) : test.itemIds.length;
}

@Injectable()
export class TestIntroService {
  constructor(
    @InjectRepository(TestEntity) private readonly tests: Repository<TestEntity>,
    private readonly catalog: CatalogService,
  ) {}

  /** Anyone may read what a test of a published course is; other tests are not found, as for an attempt. */
  async intro(testId: string): Promise<TestIntro> {
    const test = await this.tests.findOneBy({ id: testId });
    const course = test && (await this.catalog.courseOfTest(test.id));
    if (!test || course?.status !== 'published') throw notFound('TEST_NOT_FOUND', 'Không tìm thấy bài kiểm tra.');
    return {
      testId: test.id,
      title: test.title,
      questionCount: questionCountOf(test),
      timeLimitSeconds: test.timeLimitSeconds,
      passPercent: test.passPercent,
      retakeCooldownMinutes: test.retakeCooldownMinutes,
      course: { id: course.id, title: course.title },
    };
  }
}
