import type { ChainProblem } from '@lc/shared-contracts';
import { HashedFields, recordHash } from '../record-hash';

export type ChainRecord = HashedFields & { hash: string };

/** Where a person's chain last stood, as a signed checkpoint holds it. */
export interface ChainHead {
  personId: string;
  seq: number;
  hash: string;
}

export interface ChainVerdict {
  problem: ChainProblem;
  /** The first sequence number at which the chain no longer holds. */
  seq: number;
}

/**
 * Index of the first record that does not continue the chain from `from` (the record just before `records[0]`,
 * or null when `records` start the chain): numbered one after the other, linked to the previous hash, and hashing
 * to its own stored hash. -1 when every record holds.
 */
export function firstBreak(records: ChainRecord[], from: Omit<ChainHead, 'personId'> | null): number {
  let prev = from;
  for (let i = 0; i < records.length; i++) {
    const { hash, ...fields } = records[i];
    if (fields.seq !== (prev?.seq ?? 0) + 1 || fields.prevHash !== (prev?.hash ?? null) || recordHash(fields) !== hash)
      return i;
    prev = { seq: fields.seq, hash };
  }
  return -1;
}

/**
 * A person's whole chain (ordered by seq) judged on its own and against the head a signed checkpoint holds for
 * them. A record that no longer hashes or links is `modified`. A chain that holds but is shorter than the checkpoint
 * lost its tail (`truncated`); one that holds but has another hash where the checkpoint ends was recomputed after a
 * change (`rehashed`) — what only a copy outside the database can reveal.
 */
export function chainVerdict(records: ChainRecord[], anchor: Omit<ChainHead, 'personId'> | null): ChainVerdict | null {
  const broken = firstBreak(records, null);
  if (broken >= 0) return { problem: 'modified', seq: broken + 1 };
  if (!anchor) return null;
  if (records.length < anchor.seq) return { problem: 'truncated', seq: records.length + 1 };
  if (records[anchor.seq - 1].hash !== anchor.hash) return { problem: 'rehashed', seq: anchor.seq };
  return null;
}

/**
 * Whether the records since a checkpoint may advance it: they must start with the record the checkpoint ends on,
 * unchanged, and continue it unbroken. With no anchor, the records must be a whole chain from its start. A segment
 * that fails keeps the old head in the next checkpoint, so that signing never launders a change.
 */
export function segmentContinues(records: ChainRecord[], anchor: Omit<ChainHead, 'personId'> | null): boolean {
  if (!anchor) return records.length > 0 && firstBreak(records, null) === -1;
  const [first, ...rest] = records;
  if (!first || first.seq !== anchor.seq || first.hash !== anchor.hash) return false;
  const { hash, ...fields } = first;
  return recordHash(fields) === hash && firstBreak(rest, anchor) === -1;
}
