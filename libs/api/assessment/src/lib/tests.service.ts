import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { CourseDetail, CreateTestMaterialRequest, LocalisedText } from '@lc/shared-contracts';
import { CatalogService, FrameworkService } from '@lc/api-catalog';
import { AuthUser, invalid, managerOf, Transactions, UnitOfWork } from '@lc/api-shared';
import { TestItemEntity } from './test-item.entity';
import { BlueprintRow, TestEntity } from './test.entity';
import { difficultyForLevel, trainerItemKey, trainerItemProblem } from './trainer-items';

export interface BlueprintTest {
  title: LocalisedText;
  blueprint: BlueprintRow[];
  passPercent: number;
}

@Injectable()
export class TestsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly catalog: CatalogService,
    private readonly framework: FrameworkService,
  ) {}

  /** A trainer's fixed-form test, written with the course and published with it. */
  async addToCourse(courseId: string, req: CreateTestMaterialRequest, user: AuthUser): Promise<CourseDetail> {
    await this.catalog.assertEditable(courseId, user);
    const codes = await this.framework.competenceCodes();
    const problem = req.items.map((item, i) => trainerItemProblem(item, i, codes)).find((p) => p);
    if (problem) throw invalid('TEST_ITEM_INVALID', problem);
    await this.transactions.run(async (work) => {
      const tx = managerOf(work);
      const items = req.items.map((item) => ({
        id: `t-${randomUUID()}`,
        source: 'trainer' as const,
        competence: item.competence,
        level: item.level,
        type: item.type,
        stem: { vi: item.stem.trim() },
        ...trainerItemKey(item),
        explanation: item.explanation?.trim() ? { vi: item.explanation.trim() } : null,
        extra: {},
        difficulty: difficultyForLevel(item.level),
        discrimination: 1,
        timeSeconds: 60,
        status: 'published' as const,
        authorId: user.id,
      }));
      await tx.getRepository(TestItemEntity).insert(items);
      const test = await this.createTest(
        tx,
        { vi: req.title.trim() },
        { itemIds: items.map((i) => i.id), createdBy: user.id },
      );
      await this.catalog.addTestMaterial(work, {
        courseId,
        testId: test.id,
        title: test.title,
        itemCount: items.length,
      });
    });
    return this.catalog.detail(courseId, user);
  }

  /** A test that draws a fresh form from the item bank at each attempt. */
  createBlueprintTest(work: UnitOfWork, { title, blueprint, passPercent }: BlueprintTest): Promise<TestEntity> {
    return this.createTest(managerOf(work), title, { blueprint, passPercent });
  }

  private createTest(tx: EntityManager, title: LocalisedText, fields: Partial<TestEntity>): Promise<TestEntity> {
    return tx.getRepository(TestEntity).save({ title, ...fields });
  }
}
