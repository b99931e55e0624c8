import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource, Repository } from 'typeorm';
import type { H5pInstallResult, H5pLibraryInstallPreview, H5pPlannedLibrary } from '@lc/shared-contracts';
import {
  actionFor,
  inspectLibraryPackage,
  InstalledLibrary,
  libraryId,
  libraryProblems,
  LibraryPackageInspection,
  openFileZipSource,
  planLibraryInstall,
  unpackLibrary,
  ZipFormatError,
  ZipSource,
} from '@lc/api-h5p-package';
import { AppConfig, conflict, notFound } from '@lc/api-shared';
import { libraryRefusal, lock, refusal, sha256OfFile, uploadLimits } from '../h5p-refusal';
import { H5pLibraryChangeEntity } from './h5p-library-change.entity';
import { H5pLibraryInstallEntity, StagedLibrary } from './h5p-library-install.entity';
import { H5pLibraryEntity } from './h5p-library.entity';
import { fileKind } from './library-rules';
import { LibraryRegistry } from './library-registry';
import { libraryFolderName, LibraryStorage } from './library-storage';
import { packageDependencies, usageOf } from './library-usage';

/** A shown plan stays valid this long; its staged files are swept after. */
export const INSTALL_TTL_MS = 60 * 60 * 1000;
/** Other processes may still serve the replaced patch from their cache for a few seconds (LibraryRegistry). */
const RETIRE_DELAY_MS = 15_000;
const changing = (lib: { action: string }) => lib.action === 'install' || lib.action === 'upgrade';

/** Installing libraries: first shown (checked, staged, nothing installed), then applied on confirmation. */
@Injectable()
export class LibraryInstallsService {
  private readonly logger = new Logger(LibraryInstallsService.name);

  constructor(
    @InjectRepository(H5pLibraryInstallEntity) private readonly installs: Repository<H5pLibraryInstallEntity>,
    private readonly dataSource: DataSource,
    private readonly registry: LibraryRegistry,
    private readonly storage: LibraryStorage,
    private readonly config: AppConfig,
  ) {}

  async preview(file: string, actorId: string | null): Promise<H5pLibraryInstallPreview> {
    const hash = await sha256OfFile(file);
    const source = await openFileZipSource(file);
    try {
      return await this.previewSource(source, hash, actorId);
    } finally {
      await source.close();
    }
  }

  /** Checks a package and stages the libraries it would install or upgrade; nothing is served until `confirm`. */
  async previewSource(source: ZipSource, hash: string, actorId: string | null): Promise<H5pLibraryInstallPreview> {
    const inspection = await inspectLibraryPackage(source, uploadLimits(this.config));
    if (!inspection.ok) throw refusal(inspection.errors);
    const installed = await this.registry.installed();
    this.refuseNotRunnableMain(inspection, installed);
    const { libraries: plan, problems } = planLibraryInstall(inspection.libraries, installed);
    if (problems.length) throw refusal(problems);
    const mainLibrary = inspection.manifest ? (mainId(inspection) ?? null) : null;
    const view = await this.describe(plan, installed);
    if (!plan.some(changing)) return { id: null, mainLibrary, libraries: view, changes: false };
    const id = randomUUID();
    try {
      for (const lib of inspection.libraries.filter((c) => changing(plan.find((p) => p.id === c.folder)!))) {
        await unpackLibrary(source, lib, await this.storage.stage(id, lib.folder));
      }
      const staged: StagedLibrary[] = plan.map((p) => ({
        ...p,
        dependencies: inspection.libraries.find((c) => c.folder === p.id)?.library.preloadedDependencies ?? [],
      }));
      await this.installs.insert({ id, plan: staged, packageHash: hash, mainLibrary, createdBy: actorId });
    } catch (e) {
      await this.storage.discard(id);
      throw e instanceof ZipFormatError ? refusal([{ code: e.code, message: e.message }]) : e;
    }
    return { id, mainLibrary, libraries: view, changes: true };
  }

  /**
   * Applies a shown plan, checked again against what is installed now (another admin may have acted meanwhile).
   * Files move into folders of their own before the commit, so a row never names a folder that is not there; a
   * failure removes them again.
   */
  async confirm(installId: string, actorId: string | null): Promise<H5pInstallResult> {
    const placed: string[] = [];
    const retired: string[] = [];
    try {
      const result = await this.dataSource.transaction(async (tx) => {
        await lock(tx, 'h5p-libraries');
        const install = await tx
          .getRepository(H5pLibraryInstallEntity)
          .findOne({ where: { id: installId }, lock: { mode: 'pessimistic_write' } });
        if (!install) throw notFound('H5P_INSTALL_NOT_FOUND', 'Không tìm thấy lượt cài đặt này.');
        if (install.status !== 'pending') {
          throw conflict('H5P_INSTALL_DECIDED', 'Lượt cài đặt này đã được xác nhận hoặc huỷ rồi.');
        }
        if (Date.now() - install.createdAt.getTime() > INSTALL_TTL_MS) {
          throw conflict('H5P_INSTALL_EXPIRED', 'Lượt cài đặt đã quá hạn. Hãy tải gói lên lại để xem trước.');
        }
        const rows = await tx.getRepository(H5pLibraryEntity).find();
        const current = new Map(rows.map((row) => [libraryId(row), row]));
        const todo = install.plan.filter((lib) =>
          changing({ action: actionFor(lib.patchVersion, current.get(lib.id)?.patchVersion) }),
        );
        const known = new Set([...current.keys(), ...install.plan.map((lib) => lib.id)]);
        if (todo.some((lib) => lib.dependencies.some((dep) => !known.has(libraryId(dep))))) {
          throw conflict('H5P_INSTALL_STALE', 'Thư viện mà gói cần vừa bị gỡ. Hãy tải gói lên lại để xem trước.');
        }
        const changes = tx.getRepository(H5pLibraryChangeEntity);
        const done: H5pInstallResult = { installed: [], upgraded: [] };
        for (const lib of todo) {
          const folder = libraryFolderName(lib.id, lib.patchVersion, randomBytes(4).toString('hex'));
          await this.storage.place(installId, lib.id, folder);
          placed.push(folder);
          const before = current.get(lib.id);
          const fields = rowOf(lib, folder, actorId);
          if (before) {
            await tx.getRepository(H5pLibraryEntity).update({ id: before.id }, fields);
            retired.push(before.folder);
            done.upgraded.push(lib.id);
          } else {
            await tx.getRepository(H5pLibraryEntity).insert(fields);
            done.installed.push(lib.id);
          }
          await changes.insert({
            action: before ? 'upgraded' : 'installed',
            machineName: lib.machineName,
            majorVersion: lib.majorVersion,
            minorVersion: lib.minorVersion,
            patchVersion: lib.patchVersion,
            fromPatch: before?.patchVersion ?? null,
            installId,
            actorId,
          });
        }
        await tx
          .getRepository(H5pLibraryInstallEntity)
          .update({ id: installId }, { status: 'installed', decidedBy: actorId, decidedAt: new Date() });
        return done;
      });
      placed.length = 0;
      this.registry.invalidate();
      await this.storage.discard(installId);
      this.retire(retired);
      return result;
    } finally {
      for (const folder of placed) await this.storage.remove(folder);
    }
  }

  async cancel(installId: string, actorId: string): Promise<void> {
    const result = await this.installs.update(
      { id: installId, status: 'pending' },
      { status: 'cancelled', decidedBy: actorId, decidedAt: new Date() },
    );
    if (!result.affected) throw notFound('H5P_INSTALL_NOT_FOUND', 'Không có lượt cài đặt nào đang chờ với mã này.');
    await this.storage.discard(installId);
  }

  /** The platform's own libraries, from a folder of library folders, installed as an admin would, by no one. */
  async installBytes(bytes: Uint8Array, source: ZipSource): Promise<H5pInstallResult> {
    const hash = createHash('sha256').update(bytes).digest('hex');
    const preview = await this.previewSource(source, hash, null);
    return preview.id ? this.confirm(preview.id, null) : { installed: [], upgraded: [] };
  }

  private retire(folders: string[]): void {
    if (!folders.length) return;
    const timer = setTimeout(() => {
      for (const folder of folders) {
        this.storage.remove(folder).catch((e: Error) => this.logger.warn(`Could not remove ${folder}: ${e.message}`));
      }
    }, RETIRE_DELAY_MS);
    timer.unref();
  }

  private refuseNotRunnableMain(inspection: LibraryPackageInspection, installed: InstalledLibrary[]): void {
    if (!inspection.manifest) return;
    const bundled = Object.fromEntries(inspection.libraries.map((c) => [c.folder, c.library]));
    const notRunnable = libraryProblems(inspection.manifest, bundled, installed).filter(
      (p) => p.code === 'H5P_MAIN_NOT_RUNNABLE',
    );
    if (notRunnable.length) throw libraryRefusal(notRunnable);
  }

  private async describe(
    plan: ReturnType<typeof planLibraryInstall>['libraries'],
    installed: InstalledLibrary[],
  ): Promise<H5pPlannedLibrary[]> {
    const manager = this.dataSource.manager;
    const packages = await packageDependencies(manager);
    const none = { libraries: [], packages: 0, courses: [] };
    return Promise.all(
      plan.map(async (lib) => ({
        library: lib.id,
        machineName: lib.machineName,
        majorVersion: lib.majorVersion,
        minorVersion: lib.minorVersion,
        patchVersion: lib.patchVersion,
        title: lib.title,
        runnable: lib.runnable,
        action: lib.action,
        installedPatch: lib.installedPatch ?? null,
        files: lib.files.map((f) => ({ path: f.path, kind: fileKind(f.path), bytes: f.bytes })),
        bytes: lib.bytes,
        usedBy: lib.action === 'install' ? none : await usageOf(manager, lib.id, installed, packages),
      })),
    );
  }
}

function mainId(inspection: LibraryPackageInspection): string | undefined {
  const manifest = inspection.manifest;
  const dep = manifest?.preloadedDependencies.find((d) => d.machineName === manifest.mainLibrary);
  return dep ? libraryId(dep) : undefined;
}

function rowOf(lib: StagedLibrary, folder: string, actorId: string | null): Partial<H5pLibraryEntity> {
  return {
    machineName: lib.machineName,
    majorVersion: lib.majorVersion,
    minorVersion: lib.minorVersion,
    patchVersion: lib.patchVersion,
    title: lib.title,
    runnable: lib.runnable,
    dependencies: lib.dependencies,
    files: lib.files,
    storedBytes: lib.bytes,
    folder,
    installedBy: actorId,
    installedAt: new Date(),
  };
}
