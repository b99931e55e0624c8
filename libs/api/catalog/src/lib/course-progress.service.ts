import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import type { CourseProgress } from '@lc/shared-contracts';
import { RecordsService } from '@lc/api-records';
import { CourseModuleEntity } from './course-module.entity';
import { doneMaterialIds } from './course-progress';
import { CourseEntity } from './course.entity';
import { MaterialEntity } from './material.entity';

@Injectable()
export class CourseProgressService {
  constructor(
    @InjectRepository(CourseEntity) private readonly courses: Repository<CourseEntity>,
    @InjectRepository(CourseModuleEntity) private readonly modules: Repository<CourseModuleEntity>,
    @InjectRepository(MaterialEntity) private readonly materials: Repository<MaterialEntity>,
    private readonly records: RecordsService,
  ) {}

  /** The published courses the person has a lesson or test record in, most recently active first. */
  async mine(personId: string): Promise<CourseProgress[]> {
    const records = await this.records.ofTypes(personId, ['h5p_material', 'test']);
    const lessonIds = unique(records.filter((r) => r.objectType === 'h5p_material').map((r) => r.objectId));
    const testIds = unique(records.filter((r) => r.objectType === 'test').map((r) => r.objectId));
    const where = [
      ...(uuids(lessonIds).length ? [{ id: In(uuids(lessonIds)) }] : []),
      ...(uuids(testIds).length ? [{ testId: In(uuids(testIds)) }] : []),
    ];
    const touched = where.length ? await this.materials.find({ where }) : [];
    if (!touched.length) return [];
    const touchedModules = await this.modules.findBy({ id: In(unique(touched.map((m) => m.moduleId))) });
    const courses = await this.courses.findBy({
      id: In(unique(touchedModules.map((m) => m.courseId))),
      status: 'published',
    });
    if (!courses.length) return [];
    const modules = await this.modules.findBy({ courseId: In(courses.map((c) => c.id)) });
    const materials = await this.materials.findBy({ moduleId: In(modules.map((m) => m.id)) });
    const courseOfModule = new Map(modules.map((m) => [m.id, m.courseId]));
    const modulePosition = new Map(modules.map((m) => [m.id, m.position]));
    materials.sort(
      (a, b) =>
        (modulePosition.get(a.moduleId) ?? 0) - (modulePosition.get(b.moduleId) ?? 0) || a.position - b.position,
    );
    const lastAt = lastActivity(records, materials);
    return courses
      .map((course) => {
        const own = materials.filter((m) => courseOfModule.get(m.moduleId) === course.id);
        const done = new Set(doneMaterialIds(own, records));
        return {
          courseId: course.id,
          title: course.title,
          lessons: own.map((m) => ({ materialId: m.id, title: m.title, kind: m.kind, done: done.has(m.id) })),
          completed: own.length > 0 && done.size === own.length,
          lastActivityAt: new Date(Math.max(0, ...own.map((m) => lastAt.get(m.id) ?? 0))).toISOString(),
        };
      })
      .sort((a, b) => b.lastActivityAt.localeCompare(a.lastActivityAt));
  }
}

const unique = (ids: string[]) => [...new Set(ids)];
// Records name objects by plain ids; only uuids can be materials or tests, and PostgreSQL refuses others in IN (...).
const uuids = (ids: string[]) =>
  ids.filter((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id));

function lastActivity(
  records: { objectType: string; objectId: string; occurredAt: Date }[],
  materials: MaterialEntity[],
): Map<string, number> {
  const byObject = new Map<string, number>();
  for (const r of records) {
    const key = `${r.objectType}:${r.objectId}`;
    byObject.set(key, Math.max(byObject.get(key) ?? 0, r.occurredAt.getTime()));
  }
  return new Map(
    materials.map((m) => [
      m.id,
      m.kind === 'test' ? (byObject.get(`test:${m.testId}`) ?? 0) : (byObject.get(`h5p_material:${m.id}`) ?? 0),
    ]),
  );
}
