import { createHash, KeyObject, sign, verify } from 'node:crypto';
import type { CheckpointStatement, PublishedCheckpoint } from '@lc/shared-contracts';
import { canonicalJson } from '../record-hash';
import type { ChainHead } from './chain-verdict';

export const CHECKPOINT_FORMAT = 'lc-evidence-checkpoint/1' as const;

/** A checkpoint as stored: the signed statement, its signature and the heads it moved (not published). */
export interface SignedCheckpoint {
  statement: CheckpointStatement;
  signature: string;
  changed: ChainHead[];
}

const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

/** What the `previous` of the next checkpoint names. */
export const statementDigest = (statement: CheckpointStatement): string => sha256Hex(canonicalJson(statement));

export const changedHash = (changed: ChainHead[]): string => sha256Hex(canonicalJson(changed));

/** A key's id: the first 16 hex digits of SHA-256 of its public key, so a statement says which key signed it. */
export const keyIdOf = (publicKey: KeyObject): string =>
  createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex')
    .slice(0, 16);

export function signCheckpoint(
  statement: CheckpointStatement,
  changed: ChainHead[],
  privateKey: KeyObject,
): SignedCheckpoint {
  // Ed25519 takes no separate digest (null): it hashes the message itself.
  const signature = sign(null, Buffer.from(canonicalJson(statement)), privateKey).toString('base64');
  return { statement, signature, changed };
}

export function signatureHolds(
  checkpoint: Pick<SignedCheckpoint, 'statement' | 'signature'>,
  publicKey: KeyObject,
): boolean {
  try {
    return verify(
      null,
      Buffer.from(canonicalJson(checkpoint.statement)),
      publicKey,
      Buffer.from(checkpoint.signature, 'base64'),
    );
  } catch {
    return false;
  }
}

export const publish = (checkpoint: SignedCheckpoint, publicKey: KeyObject): PublishedCheckpoint => ({
  statement: checkpoint.statement,
  signature: checkpoint.signature,
  publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
});
