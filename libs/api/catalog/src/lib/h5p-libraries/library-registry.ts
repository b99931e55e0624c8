import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { InstalledLibrary, libraryId } from '@lc/api-h5p-package';
import { H5pLibraryEntity } from './h5p-library.entity';
import { LibraryStorage } from './library-storage';

/** The player asks for every file of every library: rows are read again at most this often, per process. */
const CACHE_MS = 5000;

export const toInstalled = (row: H5pLibraryEntity): InstalledLibrary => ({
  machineName: row.machineName,
  majorVersion: row.majorVersion,
  minorVersion: row.minorVersion,
  patchVersion: row.patchVersion,
  title: row.title,
  runnable: row.runnable,
  enabled: row.enabled,
  dependencies: row.dependencies,
});

/** The installed libraries, and their files for the player. */
@Injectable()
export class LibraryRegistry {
  private cache?: { at: number; rows: Promise<Map<string, H5pLibraryEntity>> };

  constructor(
    @InjectRepository(H5pLibraryEntity) private readonly libraries: Repository<H5pLibraryEntity>,
    private readonly storage: LibraryStorage,
  ) {}

  /** Fresh from the database: what checks of uploads and installs decide on. */
  async installed(): Promise<InstalledLibrary[]> {
    return (await this.libraries.find()).map(toInstalled);
  }

  /** Changes made in this process show at once; those of other processes within CACHE_MS. */
  invalidate(): void {
    this.cache = undefined;
  }

  /** A file of an installed library, by the folder name packages use ("H5P.Foo-1.2"), from its current patch. */
  async locate(library: string, path: string): Promise<string | null> {
    const row = (await this.byId()).get(library);
    return row ? this.storage.locate(row.folder, path) : null;
  }

  private byId(): Promise<Map<string, H5pLibraryEntity>> {
    if (!this.cache || Date.now() - this.cache.at > CACHE_MS) {
      const rows = this.libraries.find().then((list) => new Map(list.map((row) => [libraryId(row), row])));
      rows.catch(() => this.invalidate());
      this.cache = { at: Date.now(), rows };
    }
    return this.cache.rows;
  }
}
