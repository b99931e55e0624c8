import { Injectable } from '@nestjs/common';
import type { LearningRecord, XapiBatchResult } from '@lc/shared-contracts';
import { NewRecord, RecordsService } from '@lc/api-records';
import { AuthUser, DomainError, enforce } from '@lc/api-shared';
import { learningAccess } from './access/course-policy';
import { CatalogService } from './catalog.service';
import { readXapiStatement } from './xapi-record';

@Injectable()
export class XapiService {
  constructor(
    private readonly catalog: CatalogService,
    private readonly records: RecordsService,
  ) {}

  /** A statement from the H5P player becomes a `reported` learning record of the signed-in learner. */
  async record(materialId: string, statement: Record<string, unknown>, user: AuthUser): Promise<LearningRecord> {
    const [saved] = await this.store(materialId, [statement], user);
    if (!saved) throw new DomainError('XAPI_IGNORED', 'Câu lệnh xAPI này không được lưu làm minh chứng học tập.', 422);
    return saved;
  }

  /**
   * Statements sent together (an offline queue, or a player's burst) are written in one transaction. A statement
   * that was stored before (same id) is answered with its record; statements that are not evidence are counted.
   */
  async recordBatch(
    materialId: string,
    statements: Record<string, unknown>[],
    user: AuthUser,
  ): Promise<XapiBatchResult> {
    const saved = await this.store(materialId, statements, user);
    return { recordIds: saved.map((r) => r.id), ignored: statements.length - saved.length };
  }

  /** The records of the statements that are evidence, in the order sent. */
  private async store(materialId: string, statements: Record<string, unknown>[], user: AuthUser) {
    const { material, course } = await this.catalog.material(materialId);
    enforce(learningAccess(course, material));
    const kept = statements.map(readXapiStatement).filter((r) => r !== null);
    const inputs = kept.map(
      (read): Omit<NewRecord, 'personId'> => ({
        verb: read.verb,
        objectType: 'h5p_material',
        objectId: material.id,
        objectName: material.title,
        trust: 'reported',
        score: read.score,
        maxScore: read.maxScore,
        success: read.success,
        completion: read.completion,
        context: { courseId: course.id, competences: course.competences, statementId: read.statementId },
      }),
    );
    return inputs.length ? this.records.appendAll(user.id, inputs) : [];
  }
}
