import type { CourseDetail, CourseSummary, MaterialSummary } from '@lc/shared-contracts';
import { CourseModuleEntity } from './course-module.entity';
import { CourseEntity } from './course.entity';
import { MaterialEntity } from './material.entity';
import { H5pPackageEntity } from './h5p-package.entity';

export const toCourseSummary = (c: CourseEntity, authorName: string): CourseSummary => ({
  id: c.id,
  slug: c.slug,
  title: c.title,
  summary: c.summary,
  competences: c.competences,
  level: c.level,
  populationGroups: c.populationGroups,
  estimatedMinutes: c.estimatedMinutes,
  licence: c.licence,
  language: c.language,
  status: c.status,
  authorName,
  // The reviewer's note is for the author while the course is being prepared, not for learners.
  reviewNote: c.status === 'published' ? null : c.reviewNote,
});

/** Where the player loads a package from: a public path once published, a signed preview path before. */
export type PackagePath = (packageId: string) => string;

export const toMaterialSummary = (
  m: MaterialEntity,
  basePath: PackagePath,
  pkg?: H5pPackageEntity,
): MaterialSummary => ({
  id: m.id,
  kind: m.kind,
  title: m.title,
  position: m.position,
  ...(pkg ? { h5p: { packageId: pkg.id, basePath: basePath(pkg.id), mainLibrary: pkg.mainLibrary } } : {}),
  ...(m.testId ? { testId: m.testId, itemCount: m.itemCount ?? 0 } : {}),
});

export function toCourseDetail(
  c: CourseEntity,
  authorName: string,
  modules: CourseModuleEntity[],
  materials: MaterialEntity[],
  packages: Map<string, H5pPackageEntity>,
  basePath: PackagePath,
): CourseDetail {
  return {
    ...toCourseSummary(c, authorName),
    modules: modules
      .sort((a, b) => a.position - b.position)
      .map((mod) => ({
        id: mod.id,
        title: mod.title,
        position: mod.position,
        materials: materials
          .filter((m) => m.moduleId === mod.id)
          .sort((a, b) => a.position - b.position)
          .map((m) => toMaterialSummary(m, basePath, m.h5pPackageId ? packages.get(m.h5pPackageId) : undefined)),
      })),
  };
}
