import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { DataSource, In, Repository } from 'typeorm';
import type {
  CourseDetail,
  CourseStatus,
  CourseSummary,
  CreateCourseRequest,
  LocalisedText,
} from '@lc/shared-contracts';
import { UsersService } from '@lc/api-identity';
import { NoticesService } from '@lc/api-records';
import { AuthUser, DomainError, managerOf, notFound, permitted, Transactions, UnitOfWork } from '@lc/api-shared';
import { courseAccess, CourseUse } from './access/course-policy';
import { CourseModuleEntity } from './course-module.entity';
import { courseNoticeKind, nextCourseStatus, submissionProblem } from './course-workflow';
import { CourseEntity } from './course.entity';
import { toCourseDetail, toCourseSummary } from './course.mapper';
import { H5pPackageEntity } from './h5p-package.entity';
import { H5pService, PreparedUpload } from './h5p.service';
import { MaterialEntity } from './material.entity';

export function slugify(text: string): string {
  const base = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${base || 'khoa-hoc'}-${randomBytes(3).toString('hex')}`;
}

/** An uploaded .h5p file (its path on disk, consumed by the call) to add to a draft course. */
export interface H5pMaterialUpload {
  courseId: string;
  file: string;
  title: string;
}

/** A test the assessment context has just created, to add to a draft course as its next material. */
export interface TestMaterial {
  courseId: string;
  testId: string;
  title: LocalisedText;
  itemCount: number;
}

@Injectable()
export class CatalogService {
  constructor(
    @InjectRepository(CourseEntity) private readonly courses: Repository<CourseEntity>,
    @InjectRepository(CourseModuleEntity) private readonly modules: Repository<CourseModuleEntity>,
    @InjectRepository(MaterialEntity) private readonly materials: Repository<MaterialEntity>,
    @InjectRepository(H5pPackageEntity) private readonly packages: Repository<H5pPackageEntity>,
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly users: UsersService,
    private readonly h5p: H5pService,
    private readonly notices: NoticesService,
  ) {}

  async listByStatus(status: CourseStatus, authorId?: string): Promise<CourseSummary[]> {
    const rows = await this.courses.find({
      where: { status, ...(authorId ? { authorId } : {}) },
      order: { createdAt: 'ASC' },
    });
    return this.summaries(rows);
  }

  async mine(authorId: string): Promise<CourseSummary[]> {
    return this.summaries(await this.courses.find({ where: { authorId }, order: { createdAt: 'DESC' } }));
  }

  /** Published courses are open to all; others only to whom the course policy shows them. */
  async detail(id: string, viewer: AuthUser | null): Promise<CourseDetail> {
    return this.toDetail(await this.accessible(id, viewer, 'view'));
  }

  async create(req: CreateCourseRequest, author: AuthUser): Promise<CourseDetail> {
    const id = await this.dataSource.transaction(async (tx) => {
      const course = await tx.getRepository(CourseEntity).save({
        slug: slugify(req.title),
        title: { vi: req.title.trim() },
        summary: { vi: req.summary.trim() },
        competences: [...new Set(req.competences)].sort(),
        level: req.level,
        populationGroups: req.populationGroups,
        estimatedMinutes: req.estimatedMinutes,
        authorId: author.id,
      });
      await tx
        .getRepository(CourseModuleEntity)
        .save({ courseId: course.id, position: 1, title: { vi: req.moduleTitle.trim() } });
      return course.id;
    });
    return this.toDetail(await this.get(id));
  }

  /**
   * Checks and unpacks the uploaded file (outside any transaction: it is the slow part), then records the package
   * and the material together, and only then moves the files into place. Whatever fails, nothing is left behind:
   * the uploaded file is consumed, deleted before the answer goes out.
   */
  async addH5pMaterial({ courseId, file, title }: H5pMaterialUpload, user: AuthUser): Promise<CourseDetail> {
    let upload: PreparedUpload | undefined;
    let course: CourseEntity;
    try {
      course = await this.editableBy(courseId, user);
      upload = await this.h5p.prepare(file, user.id);
      const prepared = upload;
      await this.transactions.run(async (work) => {
        await this.lockEditable(work, courseId);
        const packageId = await this.h5p.record(work, { upload: prepared, title: title.trim(), uploadedBy: user.id });
        await this.appendMaterial(work, courseId, {
          kind: 'h5p',
          title: { vi: title.trim() },
          h5pPackageId: packageId,
        });
      });
      await this.h5p.publish(upload);
    } finally {
      await this.h5p.release(upload);
      await rm(file, { force: true });
    }
    return this.toDetail(course);
  }

  /** The author removes a material from a draft; its package goes too unless another material uses it. */
  async deleteMaterial(courseId: string, materialId: string, user: AuthUser): Promise<CourseDetail> {
    const course = await this.editableBy(courseId, user);
    const unused = await this.transactions.run(async (work) => {
      const tx = managerOf(work);
      await this.lockEditable(work, course.id);
      const material = await tx
        .getRepository(MaterialEntity)
        .createQueryBuilder('m')
        .innerJoin(CourseModuleEntity, 'cm', 'cm.id = m.module_id')
        .where('m.id = :materialId AND cm.course_id = :courseId', { materialId, courseId: course.id })
        .getOne();
      if (!material) throw notFound('MATERIAL_NOT_FOUND', 'Không tìm thấy học liệu.');
      await tx.getRepository(MaterialEntity).delete({ id: material.id });
      return material.h5pPackageId ? this.h5p.dropIfUnused(work, material.h5pPackageId) : null;
    });
    if (unused) await this.h5p.removeFiles(unused);
    return this.toDetail(course);
  }

  /** For the assessment context, inside its transaction: the test it just created becomes a material. */
  async addTestMaterial(work: UnitOfWork, { courseId, testId, title, itemCount }: TestMaterial): Promise<void> {
    await this.appendMaterial(work, courseId, { kind: 'test', title, testId, itemCount });
  }

  /** For other contexts: throws unless `user` is the author and the course is still a draft. */
  async assertEditable(courseId: string, user: AuthUser): Promise<void> {
    await this.editableBy(courseId, user);
  }

  /** Throws unless `user` is the author and the course is still a draft; the entity is for the catalog's own use. */
  async editableBy(courseId: string, user: AuthUser): Promise<CourseEntity> {
    return this.accessible(courseId, user, 'edit');
  }

  /** The course, if the course policy lets `user` do `use` to it: the one access check of the catalog. */
  async accessible(courseId: string, user: AuthUser | null, use: CourseUse): Promise<CourseEntity> {
    const course = await this.courses.findOneBy({ id: courseId });
    return permitted(courseAccess(user, course, use), course);
  }

  async submit(courseId: string, user: AuthUser): Promise<CourseDetail> {
    const course = await this.accessible(courseId, user, 'submit');
    const problem = submissionProblem(await this.materialCount(course.id));
    if (problem) throw new DomainError('COURSE_EMPTY', problem, 422);
    return this.transition(course, 'submit', { reviewNote: null });
  }

  async publish(courseId: string, reviewer: AuthUser): Promise<CourseDetail> {
    const course = await this.accessible(courseId, reviewer, 'publish');
    return this.transition(course, 'publish', { reviewedBy: reviewer.id, publishedAt: new Date() });
  }

  async returnToAuthor(courseId: string, reviewer: AuthUser, reason: string): Promise<CourseDetail> {
    const course = await this.accessible(courseId, reviewer, 'return');
    return this.transition(course, 'return', { reviewedBy: reviewer.id, reviewNote: reason.trim() });
  }

  async material(id: string): Promise<{ material: MaterialEntity; course: CourseEntity }> {
    const material = await this.materials.findOneBy({ id });
    if (!material) throw notFound('MATERIAL_NOT_FOUND', 'Không tìm thấy học liệu.');
    const mod = await this.modules.findOneByOrFail({ id: material.moduleId });
    return { material, course: await this.get(mod.courseId) };
  }

  async get(id: string): Promise<CourseEntity> {
    const course = await this.courses.findOneBy({ id });
    if (!course) throw notFound('COURSE_NOT_FOUND', 'Không tìm thấy khoá học.');
    return course;
  }

  private async transition(
    course: CourseEntity,
    action: 'submit' | 'publish' | 'return',
    changes: Partial<CourseEntity>,
  ) {
    const status = nextCourseStatus(course.status, action);
    const kind = courseNoticeKind(action);
    await this.transactions.run(async (work) => {
      const tx = managerOf(work);
      // Guarded by the old status, so two reviewers acting at once cannot both succeed.
      const result = await tx
        .getRepository(CourseEntity)
        .update({ id: course.id, status: course.status }, { ...changes, status });
      if (!result.affected)
        throw new DomainError('COURSE_STATUS_CONFLICT', 'Khoá học vừa được người khác xử lý. Hãy tải lại trang.', 409);
      if (kind)
        await this.notices.add(work, {
          personId: course.authorId,
          kind,
          subjectId: course.id,
          subjectName: course.title,
        });
    });
    return this.toDetail(await this.get(course.id));
  }

  /**
   * Locks the course row for a change of its materials, and checks again that it is still a draft: two uploads
   * number their materials in turn, and none lands in a course submitted meanwhile. The editor takes it too.
   */
  async lockEditable(work: UnitOfWork, courseId: string): Promise<void> {
    const course = await managerOf(work)
      .getRepository(CourseEntity)
      .findOne({ where: { id: courseId }, lock: { mode: 'pessimistic_write' } });
    nextCourseStatus(course?.status ?? 'archived', 'edit');
  }

  /**
   * After the last material of the first module; deletions leave gaps, so it is the highest position plus one. The
   * module row is locked so that materials added at once are numbered in turn.
   */
  async appendMaterial(work: UnitOfWork, courseId: string, fields: Partial<MaterialEntity>): Promise<string> {
    const tx = managerOf(work);
    const mod = await tx
      .getRepository(CourseModuleEntity)
      .findOneOrFail({ where: { courseId }, order: { position: 'ASC' }, lock: { mode: 'pessimistic_write' } });
    const last = await tx.getRepository(MaterialEntity).maximum('position', { moduleId: mod.id });
    const inserted = await tx
      .getRepository(MaterialEntity)
      .insert({ ...fields, moduleId: mod.id, position: (last ?? 0) + 1 });
    return inserted.identifiers[0]?.['id'] as string;
  }

  private async materialCount(courseId: string): Promise<number> {
    const mods = await this.modules.findBy({ courseId });
    return mods.length ? this.materials.countBy({ moduleId: In(mods.map((m) => m.id)) }) : 0;
  }

  private async summaries(rows: CourseEntity[]): Promise<CourseSummary[]> {
    const names = await this.users.names(rows.map((c) => c.authorId));
    return rows.map((c) => toCourseSummary(c, names.get(c.authorId) ?? ''));
  }

  private async toDetail(course: CourseEntity): Promise<CourseDetail> {
    const modules = await this.modules.findBy({ courseId: course.id });
    const materials = modules.length ? await this.materials.findBy({ moduleId: In(modules.map((m) => m.id)) }) : [];
    const pkgIds = materials.map((m) => m.h5pPackageId).filter((x): x is string => !!x);
    const packages = pkgIds.length ? await this.packages.findBy({ id: In(pkgIds) }) : [];
    const names = await this.users.names([course.authorId]);
    return toCourseDetail(
      course,
      names.get(course.authorId) ?? '',
      modules,
      materials,
      new Map(packages.map((p) => [p.id, p])),
      (packageId) => this.h5p.basePath(packageId, course.status === 'published'),
    );
  }
}
