import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SignedCheckpoint } from './checkpoint';
import { writeOnce } from './write-once';

/**
 * Where signed checkpoints are kept outside PostgreSQL, append-only: a checkpoint is written once under its sequence
 * number and never replaced. A folder today; an object store with retention (WORM) later.
 */
export abstract class CheckpointStore {
  /** Stores the checkpoint; false when one with its sequence number is already stored (another process won). */
  abstract append(checkpoint: SignedCheckpoint): Promise<boolean>;
  /** Sequence numbers stored, ascending. */
  abstract sequences(): Promise<number[]>;
  /** The checkpoint, as stored; null if it is missing or unreadable. */
  abstract read(sequence: number): Promise<SignedCheckpoint | null>;
}

const NAME = /^(\d{12})\.json$/;

export class DiskCheckpointStore extends CheckpointStore {
  constructor(private readonly dir: string) {
    super();
  }

  append(checkpoint: SignedCheckpoint): Promise<boolean> {
    return writeOnce(this.file(checkpoint.statement.sequence), JSON.stringify(checkpoint));
  }

  async sequences(): Promise<number[]> {
    const names = await readdir(this.dir).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return [] as string[];
      throw err;
    });
    return names
      .map((n) => NAME.exec(n)?.[1])
      .filter((n): n is string => n !== undefined)
      .map(Number)
      .sort((a, b) => a - b);
  }

  async read(sequence: number): Promise<SignedCheckpoint | null> {
    try {
      return JSON.parse(await readFile(this.file(sequence), 'utf8')) as SignedCheckpoint;
    } catch {
      return null;
    }
  }

  private file(sequence: number): string {
    if (!Number.isInteger(sequence) || sequence < 1) throw new Error(`Not a checkpoint sequence: ${sequence}`);
    return join(this.dir, `${String(sequence).padStart(12, '0')}.json`);
  }
}
