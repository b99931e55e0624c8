import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { zipSync, Zippable } from 'fflate';
import { resolve } from 'node:path';
import { MoreThan, Repository } from 'typeorm';
import { bytesZipSource, listInstalledLibraries, readLibraryFolder } from '@lc/api-h5p-package';
import { H5pLibraryInstallEntity } from './h5p-library-install.entity';
import { H5pLibraryEntity } from './h5p-library.entity';
import { INSTALL_TTL_MS, LibraryInstallsService } from './library-installs.service';
import { LibraryStorage } from './library-storage';

/** The folder the platform's own content types are installed from (content/h5p-libraries). */
export const H5P_LIBRARIES_DIR = 'H5P_LIBRARIES_DIR';

/**
 * Installs the platform's own content types at every start (and seed), through the same checks and versioning as
 * an admin's install: a new patch in the repository replaces the installed one, an unchanged one costs a read.
 */
@Injectable()
export class BundledLibrariesInstaller implements OnApplicationBootstrap {
  private readonly logger = new Logger(BundledLibrariesInstaller.name);

  constructor(
    private readonly installs: LibraryInstallsService,
    private readonly storage: LibraryStorage,
    @InjectRepository(H5pLibraryEntity) private readonly libraries: Repository<H5pLibraryEntity>,
    @InjectRepository(H5pLibraryInstallEntity) private readonly pending: Repository<H5pLibraryInstallEntity>,
    @Inject(H5P_LIBRARIES_DIR) private readonly librariesDir: string,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.installFromRepository();
    // In the background: a large storage folder must not delay the start.
    void this.sweep().catch((e: Error) => this.logger.error(`H5P library storage sweep failed: ${e.message}`));
  }

  async installFromRepository(): Promise<void> {
    const dir = resolve(this.librariesDir);
    const files: Zippable = {};
    for (const folder of listInstalledLibraries(dir)) {
      for (const [path, data] of Object.entries(readLibraryFolder(resolve(dir, folder))))
        files[`${folder}/${path}`] = data;
    }
    if (!Object.keys(files).length) return;
    const bytes = zipSync(files, { level: 1 });
    const done = await this.installs.installBytes(bytes, bytesZipSource(bytes));
    if (done.installed.length || done.upgraded.length) {
      this.logger.log(
        `Installed ${done.installed.join(', ') || 'none'}; upgraded ${done.upgraded.join(', ') || 'none'}`,
      );
    }
  }

  /** Removes replaced folders and abandoned staged installs, once older than a shown plan may live. */
  async sweep(minAgeMs = INSTALL_TTL_MS): Promise<string[]> {
    return this.storage.sweep(async () => {
      const rows = await this.libraries.find({ select: { folder: true } });
      const since = new Date(Date.now() - INSTALL_TTL_MS);
      const open = await this.pending.find({
        where: { status: 'pending', createdAt: MoreThan(since) },
        select: { id: true },
      });
      return { folders: new Set(rows.map((r) => r.folder)), pending: new Set(open.map((r) => r.id)) };
    }, minAgeMs);
  }
}
