import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { TestIntro } from '@lc/shared-contracts';
import { CourseLookups, TestCourse } from '@lc/api-catalog';
import { notFound } from '@lc/api-shared';
import { TestEntity } from './test.entity';

/** How many questions an attempt of `test` gets: its fixed items, or what its blueprint draws. */
export function questionCountOf(test: Pick<TestEntity, 'itemIds' | 'blueprint'>): number {
  return test.blueprint?.length ? test.blueprint.reduce((sum, row) => sum + row.count, 0) : test.itemIds.length;
}

/** The tests a citizen may read about and start: those of published courses. */
@Injectable()
export class PublishedTests {
  constructor(
    @InjectRepository(TestEntity) private readonly tests: Repository<TestEntity>,
    private readonly catalog: CourseLookups,
  ) {}

  /** The test and its course; any other test is not found, whoever asks. */
  async find(testId: string): Promise<{ test: TestEntity; course: TestCourse }> {
    const test = await this.tests.findOneBy({ id: testId });
    const course = test && (await this.catalog.courseOfTest(test.id));
    if (!test || course?.status !== 'published') throw notFound('TEST_NOT_FOUND', 'Không tìm thấy bài kiểm tra.');
    return { test, course };
  }

  /** What a test is, before it is started: anyone may read it; its items stay private. */
  async intro(testId: string): Promise<TestIntro> {
    const { test, course } = await this.find(testId);
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
