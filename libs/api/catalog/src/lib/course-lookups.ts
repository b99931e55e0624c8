import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { CourseStatus, CourseSuggestion, LocalisedText } from '@lc/shared-contracts';
import { CourseModuleEntity } from './course-module.entity';
import { CourseEntity } from './course.entity';
import { MaterialEntity } from './material.entity';

/** The course behind a test, as the assessment context's access checks see it. */
export interface TestCourse {
  id: string;
  title: LocalisedText;
  status: CourseStatus;
  authorId: string;
}

/** What the assessment context reads about courses; it never writes through here. */
@Injectable()
export class CourseLookups {
  constructor(
    @InjectRepository(CourseEntity) private readonly courses: Repository<CourseEntity>,
    @InjectRepository(CourseModuleEntity) private readonly modules: Repository<CourseModuleEntity>,
    @InjectRepository(MaterialEntity) private readonly materials: Repository<MaterialEntity>,
  ) {}

  /** The course a test belongs to: only what its access checks read. */
  async courseOfTest(testId: string): Promise<TestCourse | null> {
    const material = await this.materials.findOneBy({ testId });
    if (!material) return null;
    const mod = await this.modules.findOneByOrFail({ id: material.moduleId });
    const course = await this.courses.findOneBy({ id: mod.courseId });
    return course && { id: course.id, title: course.title, status: course.status, authorId: course.authorId };
  }

  /** Published courses that teach any of `codes`, easiest first: what a result may suggest. */
  async publishedCovering(codes: string[]): Promise<CourseSuggestion[]> {
    if (codes.length === 0) return [];
    const rows = await this.courses
      .createQueryBuilder('c')
      .where('c.status = :s', { s: 'published' })
      .andWhere('c.competences && :codes', { codes })
      .orderBy('c.level')
      .addOrderBy('c.id')
      .getMany();
    return rows.map((c) => ({ id: c.id, title: c.title, competences: c.competences, level: c.level }));
  }
}
