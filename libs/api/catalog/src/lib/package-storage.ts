import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, resolve, sep } from 'node:path';
import type { H5pContentSink } from '@lc/api-h5p-package';

/**
 * A package being unpacked: invisible to the player until `commit` moves it into place, which happens only after the
 * database has committed its row. `discard` is safe to call in any state, and after a commit does nothing.
 */
export interface StagedPackage extends H5pContentSink {
  commit(packageId: string): Promise<void>;
  discard(): Promise<void>;
}

/** Where unpacked H5P packages live; a disk today, an object store later. */
export abstract class PackageStorage {
  /** Where the web server writes an upload while it arrives; the sweep clears what a crash leaves there. */
  abstract readonly incomingDir: string;
  abstract stage(): Promise<StagedPackage>;
  /** An absolute file path to send, or null when the package has no such file. */
  abstract locate(packageId: string, path: string): Promise<string | null>;
  abstract remove(packageId: string): Promise<void>;
  /**
   * Removes what failed work left behind, if older than `minAgeMs` (so an upload in progress in another process is
   * safe): staged folders, incoming files, and package folders whose id `known` does not return.
   */
  abstract sweep(known: (ids: string[]) => Promise<Set<string>>, minAgeMs: number): Promise<string[]>;
}

/** Resolves a relative `path` inside `root`, or null for absolute paths, `..` segments, or anything outside. */
export function safeJoin(root: string, path: string): string | null {
  if (isAbsolute(path) || path.split(/[/\\]/).includes('..') || path.includes('\0')) return null;
  const base = resolve(root);
  const full = resolve(base, path);
  return full === base || full.startsWith(base + sep) ? full : null;
}

const PACKAGE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export class DiskPackageStorage extends PackageStorage {
  readonly incomingDir: string;
  private readonly stagingDir: string;

  /** Package folders sit in `root` under their ids; the dot-folders beside them never collide with an id. */
  constructor(private readonly root: string) {
    super();
    this.incomingDir = join(root, '.incoming');
    this.stagingDir = join(root, '.staging');
  }

  async stage(): Promise<StagedPackage> {
    const dir = join(this.stagingDir, randomUUID());
    await mkdir(dir, { recursive: true });
    let committed = false;
    return {
      file: async (path) => {
        const target = safeJoin(dir, path);
        if (!target || target === dir) throw new Error(`Path escapes the package folder: ${path}`);
        await mkdir(dirname(target), { recursive: true });
        // 'wx': a second entry of the same name is refused by the check already; never overwrite.
        const handle = await open(target, 'wx');
        return {
          write: async (chunk) => {
            for (let done = 0; done < chunk.length; ) {
              done += (await handle.write(chunk, done)).bytesWritten;
            }
          },
          end: () => handle.close(),
        };
      },
      commit: async (packageId) => {
        await rename(dir, this.folder(packageId));
        committed = true;
      },
      discard: async () => {
        if (!committed) await rm(dir, { recursive: true, force: true });
      },
    };
  }

  async locate(packageId: string, path: string): Promise<string | null> {
    const dir = safeJoin(this.root, packageId);
    const target = dir && safeJoin(dir, path);
    if (!target || target === dir) return null;
    return stat(target).then(
      (s) => (s.isFile() ? target : null),
      () => null,
    );
  }

  async remove(packageId: string): Promise<void> {
    await rm(this.folder(packageId), { recursive: true, force: true });
  }

  async sweep(known: (ids: string[]) => Promise<Set<string>>, minAgeMs: number): Promise<string[]> {
    const cutoff = Date.now() - minAgeMs;
    const old = async (dir: string): Promise<string[]> => {
      const names = await readdir(dir).catch(() => [] as string[]);
      const ages = await Promise.all(
        names.map((n) =>
          stat(join(dir, n)).then(
            (s) => s.mtimeMs,
            () => Infinity,
          ),
        ),
      );
      return names.filter((_, i) => (ages[i] ?? Infinity) < cutoff).map((n) => join(dir, n));
    };
    const leftovers = [...(await old(this.stagingDir)), ...(await old(this.incomingDir))];
    const packages = (await old(this.root)).filter((p) => PACKAGE_ID.test(basename(p)));
    const ids = packages.map((p) => basename(p));
    const rows = ids.length ? await known(ids) : new Set<string>();
    const orphans = [...leftovers, ...packages.filter((_, i) => !rows.has(ids[i] ?? ''))];
    for (const path of orphans) await rm(path, { recursive: true, force: true });
    return orphans;
  }

  private folder(packageId: string): string {
    if (!PACKAGE_ID.test(packageId)) throw new Error(`Not a package id: ${packageId}`);
    return join(this.root, packageId);
  }
}
