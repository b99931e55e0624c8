import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CriteriaCourse } from '@lc/shared-contracts';
import { AuthUser, enforce, invalid } from '@lc/api-shared';
import { citySettingAccess } from '../access/reporting-policy';

/** Which course is the criteria course of K0: read by analysts and admins, set by the city's admins only. */
@Injectable()
export class CriteriaCourseService {
  constructor(private readonly dataSource: DataSource) {}

  async get(): Promise<CriteriaCourse> {
    const [row] = await this.dataSource.query(`SELECT course_id, set_at FROM kpi_criteria_course`);
    return { courseId: row?.course_id ?? null, setAt: row ? new Date(row.set_at).toISOString() : null };
  }

  async set(courseId: string, user: AuthUser): Promise<CriteriaCourse> {
    enforce(citySettingAccess(user));
    // Only a published course with a test can be completed; one statement, so two admins at once leave one choice.
    const rows: { course_id: string; set_at: Date }[] = await this.dataSource.query(
      `INSERT INTO kpi_criteria_course (singleton, course_id, set_by)
       SELECT true, $1::uuid, $2::uuid
       WHERE EXISTS (SELECT 1 FROM course_test WHERE course_id = $1::uuid AND course_status = 'published')
       ON CONFLICT ON CONSTRAINT kpi_criteria_course_pk
       DO UPDATE SET course_id = EXCLUDED.course_id, set_by = EXCLUDED.set_by, set_at = now()
       RETURNING course_id, set_at`,
      [courseId, user.id],
    );
    if (rows.length === 0)
      throw invalid(
        'CRITERIA_COURSE_INVALID',
        'Chỉ chọn được khóa học đã xuất bản và có bài kiểm tra: hoàn thành khóa học là đạt bài kiểm tra đó.',
      );
    return { courseId: rows[0].course_id, setAt: new Date(rows[0].set_at).toISOString() };
  }
}
