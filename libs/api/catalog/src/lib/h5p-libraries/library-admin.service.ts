import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import type { H5pContentType, H5pInstalledLibrary, H5pLibraryChange } from '@lc/shared-contracts';
import { contentTypeName, libraryId } from '@lc/api-h5p-package';
import { UsersService } from '@lc/api-identity';
import { conflict, notFound } from '@lc/api-shared';
import { lock } from '../h5p-refusal';
import { H5pLibraryChangeEntity } from './h5p-library-change.entity';
import { H5pLibraryEntity } from './h5p-library.entity';
import { LibraryRegistry, toInstalled } from './library-registry';
import { LibraryStorage } from './library-storage';
import { packageDependencies, usageOf } from './library-usage';

/** The installed libraries as an admin manages them, and the content types trainers may use. */
@Injectable()
export class LibraryAdminService {
  constructor(
    @InjectRepository(H5pLibraryEntity) private readonly libraries: Repository<H5pLibraryEntity>,
    @InjectRepository(H5pLibraryChangeEntity) private readonly changes: Repository<H5pLibraryChangeEntity>,
    private readonly dataSource: DataSource,
    private readonly registry: LibraryRegistry,
    private readonly storage: LibraryStorage,
    private readonly users: UsersService,
  ) {}

  async list(): Promise<H5pInstalledLibrary[]> {
    const rows = await this.libraries.find({ order: { machineName: 'ASC', majorVersion: 'ASC', minorVersion: 'ASC' } });
    const installed = rows.map(toInstalled);
    const packages = await packageDependencies(this.dataSource.manager);
    const names = await this.users.names(rows.map((r) => r.installedBy).filter((id): id is string => !!id));
    return Promise.all(
      rows.map(async (row) => ({
        id: row.id,
        library: libraryId(row),
        machineName: row.machineName,
        majorVersion: row.majorVersion,
        minorVersion: row.minorVersion,
        patchVersion: row.patchVersion,
        title: row.title,
        runnable: row.runnable,
        enabled: row.enabled,
        fileCount: row.files.length,
        bytes: row.storedBytes,
        dependencies: row.dependencies.map(libraryId),
        installedAt: row.installedAt.toISOString(),
        installedByName: row.installedBy ? (names.get(row.installedBy) ?? null) : null,
        usedBy: await usageOf(this.dataSource.manager, libraryId(row), installed, packages),
      })),
    );
  }

  /** Runnable, enabled libraries: what a trainer's package may have as its main library. */
  async contentTypes(): Promise<H5pContentType[]> {
    const rows = await this.libraries.find({
      where: { runnable: true, enabled: true },
      order: { title: 'ASC', majorVersion: 'ASC', minorVersion: 'ASC' },
    });
    return rows.map((row) => ({
      library: libraryId(row),
      machineName: row.machineName,
      name: contentTypeName(row),
      patchVersion: row.patchVersion,
    }));
  }

  async history(): Promise<H5pLibraryChange[]> {
    const rows = await this.changes.find({ order: { createdAt: 'DESC' }, take: 200 });
    const names = await this.users.names(rows.map((r) => r.actorId).filter((id): id is string => !!id));
    return rows.map((row) => ({
      id: row.id,
      action: row.action,
      library: libraryId(row),
      patchVersion: row.patchVersion,
      fromPatch: row.fromPatch,
      actorName: row.actorId ? (names.get(row.actorId) ?? null) : null,
      at: row.createdAt.toISOString(),
    }));
  }

  /** A disabled content type takes no new packages; what already uses it keeps playing. */
  async setEnabled(id: string, enabled: boolean, actorId: string): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await lock(tx, 'h5p-libraries');
      const row = await tx
        .getRepository(H5pLibraryEntity)
        .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw notFound('H5P_LIBRARY_NOT_FOUND', 'Không tìm thấy thư viện này.');
      if (row.enabled === enabled) return;
      await tx.getRepository(H5pLibraryEntity).update({ id }, { enabled });
      await tx.getRepository(H5pLibraryChangeEntity).insert(change(row, enabled ? 'enabled' : 'disabled', actorId));
    });
    this.registry.invalidate();
  }

  /** Only a library that nothing uses, neither another library nor any package, may go. */
  async uninstall(id: string, actorId: string): Promise<void> {
    const folder = await this.dataSource.transaction(async (tx) => {
      await lock(tx, 'h5p-libraries');
      const rows = await tx.getRepository(H5pLibraryEntity).find();
      const row = rows.find((r) => r.id === id);
      if (!row) throw notFound('H5P_LIBRARY_NOT_FOUND', 'Không tìm thấy thư viện này.');
      // Packages are checked under the same lock that uploads take to record theirs (h5p.service.ts).
      const usage = await usageOf(tx, libraryId(row), rows.map(toInstalled), await packageDependencies(tx));
      if (usage.libraries.length || usage.packages) {
        const users = [...usage.libraries, ...(usage.packages ? [`${usage.packages} gói học liệu`] : [])];
        throw conflict('H5P_LIBRARY_IN_USE', `Không gỡ được: thư viện đang được dùng bởi ${users.join(', ')}.`);
      }
      await tx.getRepository(H5pLibraryEntity).delete({ id });
      await tx.getRepository(H5pLibraryChangeEntity).insert(change(row, 'uninstalled', actorId));
      return row.folder;
    });
    this.registry.invalidate();
    await this.storage.remove(folder);
  }
}

function change(row: H5pLibraryEntity, action: H5pLibraryChangeEntity['action'], actorId: string) {
  return {
    action,
    machineName: row.machineName,
    majorVersion: row.majorVersion,
    minorVersion: row.minorVersion,
    patchVersion: row.patchVersion,
    fromPatch: null,
    installId: null,
    actorId,
  };
}
