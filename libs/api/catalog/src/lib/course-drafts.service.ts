import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CourseDetail, UpdateCourseRequest } from '@lc/shared-contracts';
import { AuthUser, DomainError, managerOf, notFound, Transactions } from '@lc/api-shared';
import { CatalogService } from './catalog.service';
import { CourseModuleEntity } from './course-module.entity';
import { CourseEntity } from './course.entity';
import { MaterialEntity } from './material.entity';

const changedMeanwhile = () =>
  new DomainError('COURSE_STATUS_CONFLICT', 'Khoá học vừa được gửi duyệt hoặc xoá. Hãy tải lại trang.', 409);

/** The author's own changes to a draft: its fields, or the draft itself when it was made by mistake. */
@Injectable()
export class CourseDraftsService {
  constructor(
    private readonly catalog: CatalogService,
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
  ) {}

  async update(courseId: string, req: UpdateCourseRequest, user: AuthUser): Promise<CourseDetail> {
    await this.catalog.editableBy(courseId, user);
    // Guarded by the status: a course submitted meanwhile is not changed under its reviewer.
    const result = await this.dataSource.getRepository(CourseEntity).update(
      { id: courseId, status: 'draft', authorId: user.id },
      {
        title: { vi: req.title.trim() },
        summary: { vi: req.summary.trim() },
        competences: [...new Set(req.competences)].sort(),
        level: req.level,
        populationGroups: req.populationGroups,
        estimatedMinutes: req.estimatedMinutes,
      },
    );
    if (!result.affected) throw changedMeanwhile();
    return this.catalog.detail(courseId, user);
  }

  /**
   * Deletes an empty draft with its modules. Materials are deleted one by one first (each may own an H5P package's
   * files), so a course with any left is refused rather than half-deleted.
   */
  async remove(courseId: string, user: AuthUser): Promise<void> {
    await this.catalog.editableBy(courseId, user);
    await this.transactions.run(async (work) => {
      const tx = managerOf(work);
      await this.catalog.lockEditable(work, courseId);
      const materials = await tx
        .getRepository(MaterialEntity)
        .createQueryBuilder('m')
        .innerJoin(CourseModuleEntity, 'cm', 'cm.id = m.module_id')
        .where('cm.course_id = :courseId', { courseId })
        .getCount();
      if (materials > 0)
        throw new DomainError('COURSE_NOT_EMPTY', 'Hãy xoá các học liệu của khoá học trước khi xoá khoá học.', 409);
      const deleted = await tx.getRepository(CourseEntity).delete({ id: courseId, status: 'draft', authorId: user.id });
      if (!deleted.affected) throw notFound('COURSE_NOT_FOUND', 'Không tìm thấy khoá học.');
    });
  }
}
