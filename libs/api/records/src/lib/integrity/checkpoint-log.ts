import type { KeyObject } from 'node:crypto';
import type { CheckpointProblem } from '@lc/shared-contracts';
import type { ChainHead } from './chain-verdict';
import { changedHash, keyIdOf, SignedCheckpoint, signatureHolds, statementDigest } from './checkpoint';
import { headsRoot } from './merkle';

export interface CheckpointFault {
  sequence: number | null;
  problem: CheckpointProblem;
}

/**
 * The signed checkpoints replayed in order: every person's head as the latest trusted checkpoint holds it. Only a
 * checkpoint whose signature holds (by our key) moves heads; anything out of order, unlinked or unsigned is a fault.
 */
export class CheckpointLog {
  readonly heads = new Map<string, { seq: number; hash: string }>();
  readonly faults: CheckpointFault[] = [];
  private last: SignedCheckpoint | null = null;
  private expected = 1;
  private readonly keyId: string;

  constructor(private readonly publicKey: KeyObject) {
    this.keyId = keyIdOf(publicKey);
  }

  get latest(): SignedCheckpoint | null {
    return this.last;
  }

  get sequence(): number {
    return this.last?.statement.sequence ?? 0;
  }

  /** Adds the next checkpoint; returns its faults (none when it holds). */
  apply(checkpoint: SignedCheckpoint): CheckpointFault[] {
    const { statement } = checkpoint;
    const sequence = typeof statement?.sequence === 'number' ? statement.sequence : null;
    const expected = this.expected;
    this.expected = (sequence ?? expected) + 1;
    const faults: CheckpointFault[] = [];
    const fault = (problem: CheckpointProblem) => faults.push({ sequence, problem });
    if (statement?.keyId !== this.keyId || !signatureHolds(checkpoint, this.publicKey)) {
      fault('signature');
    } else {
      if (sequence !== expected) fault('sequence');
      if (statement.previous !== (this.last ? statementDigest(this.last.statement) : null)) fault('previous');
      const changed = Array.isArray(checkpoint.changed) ? checkpoint.changed : [];
      if (changed.length !== statement.changed || changedHash(changed) !== statement.changedHash) fault('changes');
      else for (const h of changed) this.heads.set(h.personId, { seq: h.seq, hash: h.hash });
      this.last = checkpoint;
    }
    this.faults.push(...faults);
    return faults;
  }

  /** A sequence number whose checkpoint is gone or unreadable: the next one is expected after it. */
  missing(sequence: number): void {
    this.faults.push({ sequence, problem: 'missing' });
    this.expected = sequence + 1;
  }

  /** Whether the heads replayed so far are exactly those the latest checkpoint's root was signed over. */
  rootHolds(): boolean {
    if (!this.last) return true;
    const heads: ChainHead[] = [...this.heads].map(([personId, h]) => ({ personId, ...h }));
    return heads.length === this.last.statement.persons && headsRoot(heads) === this.last.statement.root;
  }
}
