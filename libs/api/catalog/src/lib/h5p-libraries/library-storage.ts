import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { H5pContentSink } from '@lc/api-h5p-package';
import { safeJoin } from '../package-storage';

/** Where installed libraries live; a disk today, an object store later. Never the repository. */
export abstract class LibraryStorage {
  /** A sink for one library's files, in the staging area of an install waiting for confirmation. */
  abstract stage(installId: string, libraryId: string): Promise<H5pContentSink>;
  /** Moves a staged library to its own folder, where the player can reach it once a row names that folder. */
  abstract place(installId: string, libraryId: string, folder: string): Promise<void>;
  abstract discard(installId: string): Promise<void>;
  /** An absolute file path to send, or null when the library has no such file. */
  abstract locate(folder: string, path: string): Promise<string | null>;
  abstract remove(folder: string): Promise<void>;
  /** Removes folders and staged installs older than `minAgeMs` that `known` does not list. */
  abstract sweep(
    known: () => Promise<{ folders: Set<string>; pending: Set<string> }>,
    minAgeMs: number,
  ): Promise<string[]>;
}

const FOLDER = /^[\w.-]+-\d+\.\d+\.\d+-[0-9a-f]{8}$/;
const INSTALL = /^[0-9a-f-]{36}$/;

export class DiskLibraryStorage extends LibraryStorage {
  private readonly staging: string;

  constructor(private readonly root: string) {
    super();
    this.staging = join(root, '.staging');
  }

  async stage(installId: string, libraryId: string): Promise<H5pContentSink> {
    const dir = this.stagedDir(installId, libraryId);
    await mkdir(dir, { recursive: true });
    return {
      file: async (path) => {
        const target = safeJoin(dir, path);
        if (!target || target === dir) throw new Error(`Path escapes the library folder: ${path}`);
        await mkdir(dirname(target), { recursive: true });
        const handle = await open(target, 'wx');
        return {
          write: async (chunk) => {
            for (let done = 0; done < chunk.length; ) done += (await handle.write(chunk, done)).bytesWritten;
          },
          end: () => handle.close(),
        };
      },
    };
  }

  async place(installId: string, libraryId: string, folder: string): Promise<void> {
    await rename(this.stagedDir(installId, libraryId), this.folder(folder));
  }

  async discard(installId: string): Promise<void> {
    if (INSTALL.test(installId)) await rm(join(this.staging, installId), { recursive: true, force: true });
  }

  async locate(folder: string, path: string): Promise<string | null> {
    const target = safeJoin(this.folder(folder), path);
    if (!target) return null;
    return stat(target).then(
      (s) => (s.isFile() ? target : null),
      () => null,
    );
  }

  async remove(folder: string): Promise<void> {
    await rm(this.folder(folder), { recursive: true, force: true });
  }

  async sweep(
    known: () => Promise<{ folders: Set<string>; pending: Set<string> }>,
    minAgeMs: number,
  ): Promise<string[]> {
    const cutoff = Date.now() - minAgeMs;
    const old = async (dir: string) => {
      const names = await readdir(dir).catch(() => [] as string[]);
      const ages = await Promise.all(
        names.map((n) =>
          stat(join(dir, n)).then(
            (s) => s.mtimeMs,
            () => Infinity,
          ),
        ),
      );
      return names.filter((_, i) => (ages[i] ?? Infinity) < cutoff);
    };
    const { folders, pending } = await known();
    const orphans = [
      ...(await old(this.root)).filter((n) => FOLDER.test(n) && !folders.has(n)).map((n) => join(this.root, n)),
      ...(await old(this.staging)).filter((n) => !pending.has(n)).map((n) => join(this.staging, n)),
    ];
    for (const path of orphans) await rm(path, { recursive: true, force: true });
    return orphans;
  }

  private stagedDir(installId: string, libraryId: string): string {
    const dir = safeJoin(this.staging, `${installId}/${libraryId}`);
    if (!dir || !INSTALL.test(installId)) throw new Error(`Not a staged library: ${installId}/${libraryId}`);
    return dir;
  }

  private folder(folder: string): string {
    if (!FOLDER.test(folder)) throw new Error(`Not a library folder: ${folder}`);
    return join(this.root, folder);
  }
}

/** "H5P.TestCounter-1.2.3-1a2b3c4d": the library, its patch, and a mark of its own so no two installs share one. */
export const libraryFolderName = (libraryId: string, patch: number, mark: string) => `${libraryId}.${patch}-${mark}`;
