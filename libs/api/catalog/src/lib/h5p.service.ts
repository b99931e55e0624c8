import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, readdirSync, statSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { EntityManager, In, Repository } from 'typeorm';
import {
  H5pCheckError,
  H5pCheckOptions,
  H5pInspection,
  inspectH5pPackage,
  openFileZipSource,
  unpackH5pContent,
  ZipFormatError,
} from '@lc/api-h5p-package';
import { DomainError, safeSegment } from '@lc/api-shared';
import { H5pPackageEntity } from './h5p-package.entity';
import { PackageStorage, safeJoin, StagedPackage } from './package-storage';
import { previewKey, signPreview, verifyPreview } from './preview-token';

const MESSAGES: Record<string, string> = {
  H5P_TOO_LARGE: 'Tệp H5P quá lớn.',
  H5P_TOO_MANY_FILES: 'Gói H5P có quá nhiều tệp.',
  H5P_NOT_ZIP: 'Tệp tải lên không phải gói H5P (tệp .h5p là một tệp zip).',
  H5P_PATH_ESCAPE: 'Gói H5P có đường dẫn tệp không an toàn.',
  H5P_PATH_INVALID: 'Gói H5P có đường dẫn tệp quá dài, quá sâu hoặc trùng nhau.',
  H5P_MANIFEST_MISSING: 'Gói H5P thiếu tệp h5p.json.',
  H5P_MANIFEST_INVALID: 'Tệp h5p.json trong gói không hợp lệ.',
  H5P_CONTENT_MISSING: 'Gói H5P thiếu nội dung (content/content.json).',
  H5P_DEPENDENCY_MISSING: 'Gói H5P cần thư viện chưa có trên nền tảng và cũng không kèm trong gói.',
  H5P_LIBRARY_INVALID: 'Một thư viện trong gói H5P không hợp lệ.',
  H5P_FILE_TYPE: 'Gói H5P chứa loại tệp không được phép.',
};

const LIBRARY_FOLDER = /^[A-Za-z0-9._-]+-\d+\.\d+$/;
const MB = 1024 * 1024;
/** Leftovers younger than this may belong to an upload still running in another process. */
const SWEEP_MIN_AGE_MS = 60 * 60 * 1000;
const PREVIEW_TTL_SECONDS = 4 * 3600;

export const H5P_LIBRARIES_DIR = 'H5P_LIBRARIES_DIR';

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

@Injectable()
export class H5pService implements OnApplicationBootstrap {
  private readonly logger = new Logger(H5pService.name);
  private readonly librariesDir: string;
  private readonly previewKey: Buffer;
  /** When each package was last seen in a published course: archiving one takes up to a minute to be noticed. */
  private readonly published = new Map<string, number>();

  constructor(
    @InjectRepository(H5pPackageEntity) private readonly packages: Repository<H5pPackageEntity>,
    private readonly storage: PackageStorage,
    private readonly config: ConfigService,
    @Inject(H5P_LIBRARIES_DIR) librariesDir: string,
  ) {
    this.librariesDir = resolve(librariesDir);
    this.previewKey = previewKey(config.getOrThrow<string>('JWT_SECRET'));
  }

  onApplicationBootstrap(): void {
    // In the background: a large storage folder must not delay the start.
    void this.sweepOrphans().catch((e: Error) => this.logger.error(`H5P storage sweep failed: ${e.message}`));
  }

  private installed?: string[];

  /**
   * Libraries installed on the platform (ours, in content/h5p-libraries): packages may use them without bundling.
   * Installing one is a deployment, so the folder is read once, not on every file the player asks for.
   */
  installedLibraries(): string[] {
    this.installed ??= readdirSync(this.librariesDir).filter((d) => statSync(join(this.librariesDir, d)).isDirectory());
    return this.installed;
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
      const inspection = await inspectH5pPackage(source, this.limits());
      if (!inspection.ok) throw refusal(inspection.errors);
      this.refuseUninstalledLibraries(inspection.bundledLibraries);
      await this.refuseOverQuota(this.packages.manager, uploadedBy, inspection.contentBytes);
      const staged = await this.storage.stage();
      try {
        await unpackH5pContent(source, inspection, staged);
      } catch (e) {
        await staged.discard();
        throw e instanceof ZipFormatError ? refusal([{ code: e.code, message: e.message }]) : e;
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
  async record(upload: PreparedUpload, title: string, uploadedBy: string, tx: EntityManager): Promise<string> {
    await lock(tx, `h5p-package:${upload.hash}`);
    const repo = tx.getRepository(H5pPackageEntity);
    const existing = await repo.findOne({ where: { contentHash: upload.hash }, select: { id: true } });
    if (existing) return existing.id;
    if (!upload.inspection) {
      throw new DomainError('H5P_UPLOAD_RETRY', 'Gói H5P vừa bị xoá trong lúc tải lên. Hãy tải lên lại.', 409);
    }
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
      const id = await this.packages.manager.transaction((tx) => this.record(prepared, title, uploadedBy, tx));
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
  async dropIfUnused(packageId: string, tx: EntityManager): Promise<string | null> {
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

  /** A file of a package for the player: its h5p.json and content from storage, library folders from the installed ones. */
  async locate(packageId: string, path: string): Promise<string | null> {
    const [folder] = path.split('/');
    if (!safeSegment(folder) || !LIBRARY_FOLDER.test(folder)) return this.storage.locate(packageId, path);
    if (!this.installedLibraries().includes(folder)) return null;
    const installed = safeJoin(this.librariesDir, path);
    return installed && statSync(installed, { throwIfNoEntry: false })?.isFile() ? installed : null;
  }

  private limits(): H5pCheckOptions {
    const mb = (key: string) => this.config.getOrThrow<number>(key) * MB;
    return {
      maxBytes: mb('H5P_MAX_UPLOAD_MB'),
      maxUnpackedBytes: mb('H5P_MAX_UNPACKED_MB'),
      maxFileBytes: mb('H5P_MAX_FILE_MB'),
      maxFiles: this.config.getOrThrow<number>('H5P_MAX_FILES'),
      installedLibraries: this.installedLibraries(),
    };
  }

  /** Libraries are code that runs in every learner's browser, so only an admin installs them (PRODUCT.md §3). */
  private refuseUninstalledLibraries(bundled: string[]): void {
    const installed = this.installedLibraries();
    const unknown = bundled.filter((lib) => !installed.includes(lib));
    if (unknown.length) {
      throw new DomainError(
        'H5P_LIBRARY_NOT_INSTALLED',
        `Gói H5P mang theo thư viện chưa được cài trên nền tảng (${unknown.join(', ')}). Thư viện là mã chương trình nên chỉ quản trị viên mới cài được; hãy dùng các dạng nội dung có sẵn.`,
        422,
      );
    }
  }

  private async refuseOverQuota(manager: EntityManager, uploadedBy: string, bytes: number): Promise<void> {
    const quota = this.config.getOrThrow<number>('H5P_TRAINER_QUOTA_MB') * MB;
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

function refusal(errors: H5pCheckError[]): DomainError {
  const first = errors[0] ?? { code: 'H5P_NOT_ZIP', message: '' };
  return new DomainError(first.code, `${MESSAGES[first.code] ?? 'Gói H5P không hợp lệ.'} (${first.message})`, 422, {
    problems: errors,
  });
}

async function lock(tx: EntityManager, key: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [key]);
}

function sha256OfFile(path: string): Promise<string> {
  return new Promise((done, fail) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', fail)
      .on('end', () => done(hash.digest('hex')));
  });
}

function mbText(bytes: number): string {
  return `${(bytes / MB).toFixed(1)} MB`;
}
