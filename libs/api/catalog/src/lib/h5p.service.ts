import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EntityManager, In, Repository } from 'typeorm';
import {
  H5pCheckOptions,
  H5pInspection,
  H5pLibraryJson,
  H5pManifest,
  inspectH5pPackage,
  InstalledLibrary,
  libraryId,
  libraryProblems,
  openFileZipSource,
  SvgRefused,
  unpackH5pContent,
  ZipFormatError,
} from '@lc/api-h5p-package';
import { AppConfig, DomainError, managerOf, safeSegment, Transactions, UnitOfWork } from '@lc/api-shared';
import { libraryRefusal, lock, refusal, sha256OfFile, uploadLimits } from './h5p-refusal';
import { H5pLibraryEntity } from './h5p-libraries/h5p-library.entity';
import { LibraryRegistry, toInstalled } from './h5p-libraries/library-registry';
import { H5pPackageEntity } from './h5p-package.entity';
import { PackageStorage, StagedPackage } from './package-storage';
import { previewKey, signPreview, verifyPreview } from './preview-token';

const LIBRARY_FOLDER = /^[A-Za-z0-9._-]+-\d+\.\d+$/;
const MB = 1024 * 1024;
/** Leftovers younger than this may belong to an upload still running in another process. */
const SWEEP_MIN_AGE_MS = 60 * 60 * 1000;
const PREVIEW_TTL_SECONDS = 4 * 3600;

/** An upload between its check and its database commit. */
export interface PreparedUpload {
  readonly hash: string;
  readonly sizeBytes: number;
  /** Set when the same file was already stored: nothing was unpacked. */
  readonly existingId?: string;
  readonly inspection?: H5pInspection;
  readonly staged?: StagedPackage;
  /** Set by `record` when this upload made a new package. */
  newId?: string;
}

/** A checked upload to store as a package, under the trainer's name and quota. */
export interface PackageRecord {
  upload: PreparedUpload;
  title: string;
  uploadedBy: string;
}

@Injectable()
export class H5pService implements OnApplicationBootstrap {
  private readonly logger = new Logger(H5pService.name);
  private readonly previewKey: Buffer;
  /** When each package was last seen in a published course: archiving one takes up to a minute to be noticed. */
  private readonly published = new Map<string, number>();

  constructor(
    @InjectRepository(H5pPackageEntity) private readonly packages: Repository<H5pPackageEntity>,
    private readonly storage: PackageStorage,
    private readonly config: AppConfig,
    private readonly libraries: LibraryRegistry,
    private readonly transactions: Transactions,
  ) {
    this.previewKey = previewKey(config.JWT_SECRET);
  }

  onApplicationBootstrap(): void {
    // In the background: a large storage folder must not delay the start.
    void this.sweepOrphans().catch((e: Error) => this.logger.error(`H5P storage sweep failed: ${e.message}`));
  }

  /**
   * Checks an uploaded file and unpacks its content into staging, unless the very same file is stored already.
   * Nothing is visible to anyone until `record` has committed and `publish` has run; `release` must follow, always.
   */
  async prepare(file: string, uploadedBy: string): Promise<PreparedUpload> {
    const hash = await sha256OfFile(file);
    const existing = await this.packages.findOne({ where: { contentHash: hash }, select: { id: true } });
    const source = await openFileZipSource(file);
    try {
      if (existing) return { hash, sizeBytes: source.size, existingId: existing.id };
      const installed = await this.libraries.installed();
      const inspection = await inspectH5pPackage(source, this.limits(installed));
      if (!inspection.ok) throw refusal(inspection.errors);
      refuseUnplayable(inspection.manifest, inspection.bundled, installed);
      await this.refuseOverQuota(this.packages.manager, uploadedBy, inspection.contentBytes);
      const staged = await this.storage.stage();
      try {
        await unpackH5pContent(source, inspection, staged);
      } catch (e) {
        await staged.discard();
        const known = e instanceof ZipFormatError || e instanceof SvgRefused;
        throw known ? refusal([{ code: e.code, message: e.message }]) : e;
      }
      return { hash, sizeBytes: source.size, inspection, staged };
    } finally {
      await source.close();
    }
  }

  /**
   * In the caller's transaction: the id of the package for this upload, a stored identical one if there is one.
   * The lock on the file's hash makes identical uploads, and the deletion of an unused package, take turns.
   */
  async record(work: UnitOfWork, { upload, title, uploadedBy }: PackageRecord): Promise<string> {
    const tx = managerOf(work);
    await lock(tx, `h5p-package:${upload.hash}`);
    const repo = tx.getRepository(H5pPackageEntity);
    const existing = await repo.findOne({ where: { contentHash: upload.hash }, select: { id: true } });
    if (existing) return existing.id;
    if (!upload.inspection) {
      throw new DomainError('H5P_UPLOAD_RETRY', 'Gói H5P vừa bị xoá trong lúc tải lên. Hãy tải lên lại.', 409);
    }
    // Shared with other uploads, exclusive with an admin's changes: a library cannot go while a package naming it
    // is recorded, and the check is made again on what is installed now.
    await tx.query(`SELECT pg_advisory_xact_lock_shared(hashtextextended('h5p-libraries', 0))`);
    const installed = (await tx.getRepository(H5pLibraryEntity).find()).map(toInstalled);
    refuseUnplayable(upload.inspection.manifest, upload.inspection.bundled, installed);
    await lock(tx, `h5p-quota:${uploadedBy}`);
    await this.refuseOverQuota(tx, uploadedBy, upload.inspection.contentBytes);
    const id = randomUUID();
    await repo.save({
      id,
      title,
      mainLibrary: upload.inspection.manifest.mainLibrary,
      manifest: upload.inspection.manifest as unknown as Record<string, unknown>,
      bundledLibraries: upload.inspection.bundledLibraries,
      sizeBytes: upload.sizeBytes,
      contentHash: upload.hash,
      storedBytes: upload.inspection.contentBytes,
      uploadedBy,
    });
    upload.newId = id;
    return id;
  }

  /** After the caller's commit: a new package's files move into place. */
  async publish(upload: PreparedUpload): Promise<void> {
    if (!upload.newId || !upload.staged) return;
    try {
      await upload.staged.commit(upload.newId);
    } catch (e) {
      this.logger.error(`H5P package ${upload.newId} is recorded but its files could not be moved into place: ${e}`);
      throw e;
    }
  }

  /** Always, last: whatever was staged and not moved into place is removed. */
  async release(upload: PreparedUpload | undefined): Promise<void> {
    await upload?.staged?.discard();
  }

  /** For the seed: stores a package built in memory, outside any course, as an upload would. Returns its id. */
  async importBytes(bytes: Uint8Array, title: string, uploadedBy: string): Promise<string> {
    const file = join(this.storage.incomingDir, `import-${randomUUID()}.h5p`);
    await mkdir(this.storage.incomingDir, { recursive: true });
    await writeFile(file, bytes);
    let upload: PreparedUpload | undefined;
    try {
      upload = await this.prepare(file, uploadedBy);
      const prepared = upload;
      const id = await this.transactions.run((work) => this.record(work, { upload: prepared, title, uploadedBy }));
      await this.publish(upload);
      return id;
    } finally {
      await this.release(upload);
      await rm(file, { force: true });
    }
  }

  /**
   * In the caller's transaction, after the material that used it is gone: deletes the package if nothing else uses
   * it. Returns its id when its files should be removed, after the commit.
   */
  async dropIfUnused(work: UnitOfWork, packageId: string): Promise<string | null> {
    const tx = managerOf(work);
    const row = await tx
      .getRepository(H5pPackageEntity)
      .findOne({ where: { id: packageId }, select: { id: true, contentHash: true } });
    if (!row) return null;
    await lock(tx, `h5p-package:${row.contentHash ?? row.id}`);
    const deleted = await tx
      .createQueryBuilder()
      .delete()
      .from(H5pPackageEntity)
      .where('id = :packageId', { packageId })
      .andWhere('NOT EXISTS (SELECT 1 FROM material m WHERE m.h5p_package_id = :packageId)')
      .execute();
    return deleted.affected ? packageId : null;
  }

  async removeFiles(packageId: string): Promise<void> {
    await this.storage.remove(packageId);
  }

  /** Removes what crashed or failed uploads left behind; see PackageStorage.sweep. */
  async sweepOrphans(minAgeMs = SWEEP_MIN_AGE_MS): Promise<string[]> {
    const removed = await this.storage.sweep(async (ids) => {
      const rows = await this.packages.find({ where: { id: In(ids) }, select: { id: true } });
      return new Set(rows.map((r) => r.id));
    }, minAgeMs);
    if (removed.length) this.logger.warn(`H5P storage sweep removed ${removed.length} leftovers`);
    return removed;
  }

  /** The base URL the player loads a package from: public once published, a signed preview before. */
  basePath(packageId: string, published: boolean): string {
    if (published) return `/api/h5p/packages/${packageId}`;
    const token = signPreview(this.previewKey, packageId, Math.floor(Date.now() / 1000), PREVIEW_TTL_SECONDS);
    return `/api/h5p/previews/${packageId}/${token}`;
  }

  /** May the public route serve this package's files? Only when a published course uses it. */
  async isPublished(packageId: string): Promise<boolean> {
    if (Date.now() - (this.published.get(packageId) ?? 0) < 60_000) return true;
    const rows: unknown[] = await this.packages.query(
      `SELECT 1 FROM material m JOIN course_module cm ON cm.id = m.module_id JOIN course c ON c.id = cm.course_id
        WHERE m.h5p_package_id = $1 AND c.status = 'published' LIMIT 1`,
      [packageId],
    );
    if (rows.length) {
      if (this.published.size > 10_000) this.published.clear();
      this.published.set(packageId, Date.now());
    }
    return rows.length > 0;
  }

  previewAllowed(packageId: string, token: string): boolean {
    return verifyPreview(this.previewKey, packageId, token, Math.floor(Date.now() / 1000)) !== null;
  }

  /**
   * A file of a package for the player: its h5p.json and content from storage, library folders from the installed
   * libraries (never the package's bundled copies), at the patch installed now.
   */
  async locate(packageId: string, path: string): Promise<string | null> {
    const [folder] = path.split('/');
    if (!safeSegment(folder) || !LIBRARY_FOLDER.test(folder)) return this.storage.locate(packageId, path);
    return this.libraries.locate(folder, path.slice(folder.length + 1));
  }

  private limits(installed: InstalledLibrary[]): H5pCheckOptions {
    return { ...uploadLimits(this.config), installedLibraries: installed.map(libraryId) };
  }

  private async refuseOverQuota(manager: EntityManager, uploadedBy: string, bytes: number): Promise<void> {
    const quota = this.config.H5P_TRAINER_QUOTA_MB * MB;
    const [{ used }]: { used: string }[] = await manager.query(
      `SELECT coalesce(sum(stored_bytes), 0)::text AS used FROM h5p_package WHERE uploaded_by = $1`,
      [uploadedBy],
    );
    if (Number(used) + bytes > quota) {
      const free = Math.max(0, quota - Number(used));
      throw new DomainError(
        'H5P_QUOTA_EXCEEDED',
        `Dung lượng lưu trữ học liệu của bạn không đủ: gói cần ${mbText(bytes)}, còn trống ${mbText(free)}. Hãy xoá học liệu không dùng hoặc nhờ quản trị viên tăng hạn mức.`,
        422,
        { neededBytes: bytes, freeBytes: free },
      );
    }
  }
}

/**
 * Libraries are code that runs in every learner's browser, so only an admin installs them (PRODUCT.md, 3): a package
 * plays only on installed libraries, with a runnable, enabled content type as its main library.
 */
function refuseUnplayable(
  manifest: H5pManifest,
  bundled: Record<string, H5pLibraryJson>,
  installed: InstalledLibrary[],
): void {
  const problems = libraryProblems(manifest, bundled, installed);
  if (problems.length) throw libraryRefusal(problems);
}

function mbText(bytes: number): string {
  return `${(bytes / MB).toFixed(1)} MB`;
}
