import { randomUUID } from 'node:crypto';
import { chmod, link, mkdir, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Writes `path` whole or not at all, and never over an existing file: the content goes to a temporary file that is
 * then hard-linked into place, which fails with EEXIST when another writer (another API process) got there first.
 * Returns false in that case.
 */
export async function writeOnce(path: string, content: string, mode = 0o444): Promise<boolean> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const temp = join(dirname(path), `.${randomUUID()}.tmp`);
  await writeFile(temp, content, { mode: 0o600, flag: 'wx' });
  try {
    await chmod(temp, mode);
    await link(temp, path);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  } finally {
    await unlink(temp);
  }
}
