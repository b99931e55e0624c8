import { generateKeyPairSync } from 'node:crypto';
import type { CheckpointStatement } from '@lc/shared-contracts';
import type { ChainHead } from './chain-verdict';
import {
  CHECKPOINT_FORMAT,
  changedHash,
  keyIdOf,
  SignedCheckpoint,
  signCheckpoint,
  statementDigest,
} from './checkpoint';
import { CheckpointLog } from './checkpoint-log';
import { headsRoot } from './merkle';

const ours = generateKeyPairSync('ed25519');
const theirs = generateKeyPairSync('ed25519');
const person = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;

/** Checkpoints as the anchor service signs them, each moving the heads given. */
function signed(moves: ChainHead[][], key = ours.privateKey): SignedCheckpoint[] {
  const state = new Map<string, ChainHead>();
  const out: SignedCheckpoint[] = [];
  for (const changed of moves) {
    for (const h of changed) state.set(h.personId, h);
    const statement: CheckpointStatement = {
      format: CHECKPOINT_FORMAT,
      sequence: out.length + 1,
      createdAt: '2026-11-30T00:00:00.000Z',
      previous: out.length ? statementDigest(out[out.length - 1].statement) : null,
      persons: state.size,
      root: headsRoot(state.values()),
      changed: changed.length,
      changedHash: changedHash(changed),
      keyId: keyIdOf(ours.publicKey),
    };
    out.push(signCheckpoint(statement, changed, key));
  }
  return out;
}

const moves = [
  [
    { personId: person(1), seq: 2, hash: 'a2' },
    { personId: person(2), seq: 1, hash: 'b1' },
  ],
  [{ personId: person(1), seq: 5, hash: 'a5' }],
];

function replay(checkpoints: SignedCheckpoint[]): CheckpointLog {
  const log = new CheckpointLog(ours.publicKey);
  for (const c of checkpoints) log.apply(c);
  return log;
}

describe(CheckpointLog.name, () => {
  it('replays signed checkpoints into every person’s latest signed head', () => {
    const log = replay(signed(moves));
    expect(log.faults).toEqual([]);
    expect(log.sequence).toBe(2);
    expect(log.heads.get(person(1))).toEqual({ seq: 5, hash: 'a5' });
    expect(log.heads.get(person(2))).toEqual({ seq: 1, hash: 'b1' });
    expect(log.rootHolds()).toBe(true);
  });

  it('refuses a checkpoint whose statement was changed after signing, and moves no head with it', () => {
    const [first, second] = signed(moves);
    const forged = { ...second, statement: { ...second.statement, root: 'f'.repeat(64) } };
    const log = replay([first, forged]);
    expect(log.faults).toEqual([{ sequence: 2, problem: 'signature' }]);
    expect(log.heads.get(person(1))).toEqual({ seq: 2, hash: 'a2' });
  });

  it('refuses a checkpoint signed by another key, even one naming ours', () => {
    expect(replay(signed(moves, theirs.privateKey)).faults.map((f) => f.problem)).toEqual(['signature', 'signature']);
  });

  it('finds a checkpoint missing from the sequence, or one not linked to the one before', () => {
    const [first, , third] = signed([...moves, [{ personId: person(2), seq: 4, hash: 'b4' }]]);
    expect(replay([first, third]).faults).toEqual([
      { sequence: 3, problem: 'sequence' },
      { sequence: 3, problem: 'previous' },
    ]);
  });

  it('names a checkpoint known to be gone as missing, and the next as unlinked only', () => {
    const [first, , third] = signed([...moves, [{ personId: person(2), seq: 4, hash: 'b4' }]]);
    const log = new CheckpointLog(ours.publicKey);
    log.apply(first);
    log.missing(2);
    log.apply(third);
    expect(log.faults).toEqual([
      { sequence: 2, problem: 'missing' },
      { sequence: 3, problem: 'previous' },
    ]);
  });

  it('finds heads changed beside a signed statement, and a root that no longer holds', () => {
    const [first, second] = signed(moves);
    const log = replay([first, { ...second, changed: [{ personId: person(1), seq: 9, hash: 'a9' }] }]);
    expect(log.faults).toEqual([{ sequence: 2, problem: 'changes' }]);
    expect(log.heads.get(person(1))).toEqual({ seq: 2, hash: 'a2' });
    expect(log.rootHolds()).toBe(false);
  });
});
