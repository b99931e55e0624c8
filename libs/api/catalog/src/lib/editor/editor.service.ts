import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import type { CourseDetail, EditorMaterialSource, EditorMaterialSummary, EditorSource } from '@lc/shared-contracts';
import { AuthUser, DomainError, managerOf, notFound, Transactions, UnitOfWork } from '@lc/api-shared';
import { CatalogService } from '../catalog.service';
import { CourseModuleEntity } from '../course-module.entity';
import { H5pPackageEntity } from '../h5p-package.entity';
import { lock } from '../h5p-refusal';
import { H5pService } from '../h5p.service';
import { MaterialEntity } from '../material.entity';
import { BuiltMaterial, EditorBuilder } from './editor-builder';
import { collectImages, EditorUpload } from './editor-images';
import { checkEditorSource } from './editor-rules';
import { H5pEditorSourceEntity } from './h5p-editor-source.entity';

const NOT_FOUND = () =>
  notFound('EDITOR_MATERIAL_NOT_FOUND', 'Không tìm thấy bài học này trong trình soạn thảo của khoá học.');

/** What the author sends from the editor: its source as typed, the images uploaded with it, and for which material. */
export interface EditorSave {
  courseId: string;
  rawSource: string;
  uploads: EditorUpload[];
  /** An editor-made material of the course: the one saved again, or whose stored images a preview keeps. */
  materialId?: string;
}

interface EditorMaterial {
  material: MaterialEntity;
  source: H5pEditorSourceEntity;
}

/**
 * Materials made in the browser editor: each save packs a real .h5p and adds it through the upload's own path
 * (prepare → record → publish), so it meets every check, bound and quota an uploaded package meets.
 */
@Injectable()
export class EditorService {
  constructor(
    @InjectRepository(H5pEditorSourceEntity) private readonly sources: Repository<H5pEditorSourceEntity>,
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly catalog: CatalogService,
    private readonly h5p: H5pService,
    private readonly builder: EditorBuilder,
  ) {}

  /** The author adds an editor-made material to a draft. */
  async create({ courseId, rawSource, uploads }: EditorSave, user: AuthUser): Promise<CourseDetail> {
    await this.catalog.editableBy(courseId, user);
    const built = await this.builder.build(rawSource, uploads, null);
    await this.store(
      courseId,
      built,
      user,
      async () => [],
      async (work, packageId) => {
        const title = built.source.params.title;
        const materialId = await this.catalog.appendMaterial(work, courseId, {
          kind: 'h5p',
          title: { vi: title },
          h5pPackageId: packageId,
        });
        await managerOf(work)
          .getRepository(H5pEditorSourceEntity)
          .insert(sourceRow(materialId, built.source, user));
        return null;
      },
    );
    return this.catalog.detail(courseId, user);
  }

  /**
   * The author saves an editor-made material of a draft again: a new package replaces the old one, which goes
   * (files after the commit) unless another material uses it, as when a material is deleted.
   */
  async update(
    { courseId, materialId, rawSource, uploads }: EditorSave & { materialId: string },
    user: AuthUser,
  ): Promise<CourseDetail> {
    await this.catalog.editableBy(courseId, user);
    const { material } = await this.editorMaterial(courseId, materialId);
    const built = await this.builder.build(rawSource, uploads, material.h5pPackageId);
    let old: string | null = null;
    // Read again under the course's lock: a save that ran meanwhile may have replaced the package already.
    const replaced = async (work: UnitOfWork) => {
      const tx = managerOf(work);
      old = (await findEditorMaterial(tx, courseId, materialId)).material.h5pPackageId;
      const row = old && (await tx.getRepository(H5pPackageEntity).findOneBy({ id: old }));
      return row ? [row.contentHash ?? row.id] : [];
    };
    await this.store(courseId, built, user, replaced, async (work, packageId) => {
      const tx = managerOf(work);
      await tx
        .getRepository(MaterialEntity)
        .update({ id: materialId }, { h5pPackageId: packageId, title: { vi: built.source.params.title } });
      await tx.getRepository(H5pEditorSourceEntity).save(sourceRow(materialId, built.source, user));
      return old && old !== packageId ? this.h5p.dropIfUnused(work, old) : null;
    });
    return this.catalog.detail(courseId, user);
  }

  /** The course's editor-made materials, for its author. */
  async list(courseId: string, user: AuthUser): Promise<EditorMaterialSummary[]> {
    await this.authorOf(courseId, user);
    const rows = await this.sources
      .createQueryBuilder('s')
      .innerJoin(MaterialEntity, 'm', 'm.id = s.material_id')
      .innerJoin(CourseModuleEntity, 'cm', 'cm.id = m.module_id')
      .where('cm.course_id = :courseId', { courseId })
      .orderBy('cm.position')
      .addOrderBy('m.position')
      .getMany();
    return rows.map((s) => ({
      materialId: s.materialId,
      contentType: s.contentType,
      title: s.params.title,
      updatedAt: s.updatedAt.toISOString(),
    }));
  }

  /** An editor-made material's source, for its author to edit; images come from the package's files. */
  async source(courseId: string, materialId: string, user: AuthUser): Promise<EditorMaterialSource> {
    const course = await this.authorOf(courseId, user);
    const { material, source } = await this.editorMaterial(courseId, materialId);
    return {
      ...({ contentType: source.contentType, params: source.params } as EditorSource),
      materialId,
      basePath: this.h5p.basePath(material.h5pPackageId ?? '', course.status === 'published'),
      updatedAt: source.updatedAt.toISOString(),
    };
  }

  /** The material as a self-contained .h5p (its content type's libraries bundled), for its author to use elsewhere. */
  async export(courseId: string, materialId: string, user: AuthUser): Promise<{ bytes: Uint8Array; title: string }> {
    await this.authorOf(courseId, user);
    const { material, source } = await this.editorMaterial(courseId, materialId);
    // Through the checks again, which also put the fields back in the order they were packed in (jsonb keeps its
    // own): the export is then the very file the package was made from.
    const checked = checkEditorSource({ contentType: source.contentType, params: source.params }, 0);
    if (!checked.ok) throw new Error(`editor source of material ${materialId} fails its checks`);
    const stored = checked.source;
    const packageId = material.h5pPackageId ?? '';
    const { images } = await collectImages(stored, [], (path) => this.h5p.locate(packageId, path));
    return { bytes: this.builder.pack(stored, images), title: source.params.title };
  }

  /** An editor-made material of the course; also a check that the id is one. */
  async editorMaterial(courseId: string, materialId: string): Promise<EditorMaterial> {
    return findEditorMaterial(this.dataSource.manager, courseId, materialId);
  }

  /**
   * Runs the packed bytes through the upload's path; `write` attaches the new package in the same transaction and
   * names a package to remove once committed. Locks are taken in one order (the course, then the hashes of the new
   * package and of those `replaced` names, sorted), so saves touching the same packages take turns, never deadlock.
   */
  private async store(
    courseId: string,
    built: BuiltMaterial,
    user: AuthUser,
    replaced: (work: UnitOfWork) => Promise<string[]>,
    write: (work: UnitOfWork, packageId: string) => Promise<string | null>,
  ): Promise<void> {
    const once = () =>
      this.builder.asUpload(built.bytes, user.id, async (upload) => {
        const dropped = await this.transactions.run(async (work) => {
          await this.catalog.lockEditable(work, courseId);
          const hashes = new Set([upload.hash, ...(await replaced(work))]);
          for (const key of [...hashes].sort()) await lock(managerOf(work), `h5p-package:${key}`);
          const packageId = await this.h5p.record(work, {
            upload,
            title: built.source.params.title,
            uploadedBy: user.id,
          });
          return write(work, packageId);
        });
        await this.h5p.publish(upload);
        return dropped;
      });
    let unused: string | null = null;
    for (let attempt = 1; ; attempt++) {
      try {
        unused = await once();
        break;
      } catch (e) {
        // The identical package this save found stored was dropped before it could be reused (another save of the
        // same material replaced it): an upload asks the trainer to send it again; the editor has the bytes.
        if (!(e instanceof DomainError && e.code === 'H5P_UPLOAD_RETRY') || attempt === 3) throw e;
      }
    }
    if (unused) await this.h5p.removeFiles(unused);
  }

  private authorOf(courseId: string, user: AuthUser) {
    return this.catalog.accessible(courseId, user, 'author');
  }
}

function sourceRow(materialId: string, source: EditorSource, user: AuthUser): Partial<H5pEditorSourceEntity> {
  return {
    materialId,
    contentType: source.contentType,
    params: source.params,
    updatedBy: user.id,
    updatedAt: new Date(),
  };
}

/** An editor-made material of the course; also a check that the id is one. */
async function findEditorMaterial(
  manager: EntityManager,
  courseId: string,
  materialId: string,
): Promise<EditorMaterial> {
  const material = await manager
    .getRepository(MaterialEntity)
    .createQueryBuilder('m')
    .innerJoin(CourseModuleEntity, 'cm', 'cm.id = m.module_id')
    .where('m.id = :materialId AND cm.course_id = :courseId', { materialId, courseId })
    .getOne();
  const source = material && (await manager.getRepository(H5pEditorSourceEntity).findOneBy({ materialId }));
  if (!material || !source) throw NOT_FOUND();
  return { material, source };
}
