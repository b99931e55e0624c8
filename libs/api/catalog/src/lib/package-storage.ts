import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve, sep } from 'node:path';

/** Where unpacked H5P packages live; a disk today, an object store later. */
export abstract class PackageStorage {
  abstract save(packageId: string, files: Record<string, Uint8Array>): Promise<void>;
  /** An absolute file path to send, or null when the package has no such file. */
  abstract locate(packageId: string, path: string): Promise<string | null>;
  abstract remove(packageId: string): Promise<void>;
}

/** Resolves a relative `path` inside `root`, or null for absolute paths, `..` segments, or anything outside. */
export function safeJoin(root: string, path: string): string | null {
  if (isAbsolute(path) || path.split(/[/\\]/).includes('..') || path.includes('\0')) return null;
  const base = resolve(root);
  const full = resolve(base, path);
  return full === base || full.startsWith(base + sep) ? full : null;
}

export class DiskPackageStorage extends PackageStorage {
  constructor(private readonly root: string) {
    super();
  }

  async save(packageId: string, files: Record<string, Uint8Array>): Promise<void> {
    const dir = join(this.root, packageId);
    for (const [path, bytes] of Object.entries(files)) {
      if (path.endsWith('/')) continue;
      const target = safeJoin(dir, path);
      if (!target) throw new Error(`Path escapes the package folder: ${path}`);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, bytes);
    }
  }

  async locate(packageId: string, path: string): Promise<string | null> {
    const dir = safeJoin(this.root, packageId);
    const target = dir && safeJoin(dir, path);
    if (!target) return null;
    return stat(target).then(
      (s) => (s.isFile() ? target : null),
      () => null,
    );
  }

  async remove(packageId: string): Promise<void> {
    const dir = safeJoin(this.root, packageId);
    if (dir) await rm(dir, { recursive: true, force: true });
  }
}
