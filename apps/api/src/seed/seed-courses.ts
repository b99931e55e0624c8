import { INestApplicationContext } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { TestsService } from '@lc/api-assessment';
import { CatalogService, CourseEntity, CourseModuleEntity, H5pService, MaterialEntity } from '@lc/api-catalog';
import { loadCourses } from '@lc/api-content';
import { Transactions } from '@lc/api-shared';
import { collectContentFiles, findLibraryFolder, packH5p } from '@lc/api-h5p-package';

/**
 * The open courseware in content/courses, published as the trainer wrote it and the reviewer approved it:
 * each material packed into a real .h5p and stored through the same check as an upload.
 */
export async function seedCourses(
  app: INestApplicationContext,
  authorId: string,
  reviewerId: string,
): Promise<string[]> {
  const ds = app.get(DataSource);
  const h5p = app.get(H5pService);
  const tests = app.get(TestsService);
  const catalog = app.get(CatalogService);
  const transactions = app.get(Transactions);
  const librariesDir = resolve('content/h5p-libraries');
  const ids: string[] = [];
  for (const { dir, course } of loadCourses(resolve('content/courses'))) {
    const saved = await ds.getRepository(CourseEntity).save({
      slug: course.slug,
      title: course.title,
      summary: course.summary,
      competences: course.competences,
      level: course.level,
      populationGroups: course.populationGroups,
      estimatedMinutes: course.estimatedMinutes,
      licence: course.licence,
      language: course.language,
      status: 'published',
      authorId,
      reviewedBy: reviewerId,
      publishedAt: new Date(),
    });
    const mod = await ds
      .getRepository(CourseModuleEntity)
      .save({ courseId: saved.id, position: 1, title: course.title });
    let position = 0;
    for (const m of course.materials) {
      const params = JSON.parse(readFileSync(join(dir, m.params), 'utf8'));
      const bytes = packH5p({
        title: m.title.vi,
        mainLibrary: m.contentType,
        language: course.language,
        license: course.licence,
        content: params,
        contentFiles: collectContentFiles(params, dir),
        librariesDir,
        libraries: [findLibraryFolder(librariesDir, m.contentType)],
      });
      const packageId = await h5p.importBytes(bytes, m.title.vi, authorId);
      await ds
        .getRepository(MaterialEntity)
        .save({ moduleId: mod.id, position: ++position, kind: 'h5p', title: m.title, h5pPackageId: packageId });
    }
    await transactions.run(async (work) => {
      const { title, blueprint, passPercent } = course.test;
      const test = await tests.createBlueprintTest(work, { title, blueprint, passPercent });
      const itemCount = blueprint.reduce((n, r) => n + r.count, 0);
      await catalog.addTestMaterial(work, { courseId: saved.id, testId: test.id, title, itemCount });
    });
    ids.push(saved.id);
  }
  return ids;
}
