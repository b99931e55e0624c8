import { Injectable } from '@nestjs/common';
import type { LearningRecord } from '@lc/shared-contracts';
import { RecordsService, toLearningRecord } from '@lc/api-records';
import { AuthUser, DomainError, notFound } from '@lc/api-shared';
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
    const { material, course } = await this.catalog.material(materialId);
    if (course.status !== 'published' || material.kind !== 'h5p')
      throw notFound('MATERIAL_NOT_FOUND', 'Không tìm thấy học liệu.');
    const read = readXapiStatement(statement);
    if (!read) throw new DomainError('XAPI_IGNORED', 'Câu lệnh xAPI này không được lưu làm minh chứng học tập.', 422);
    if (read.statementId) {
      const existing = await this.records.findByStatementId(user.id, read.statementId);
      if (existing) return toLearningRecord(existing);
    }
    const saved = await this.records.append({
      personId: user.id,
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
    });
    return toLearningRecord(saved);
  }
}
