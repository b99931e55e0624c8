import { createHash } from 'node:crypto';
import { canonicalJson } from '../record-hash';
import type { ChainHead } from './chain-verdict';

const sha256 = (...parts: Buffer[]): Buffer => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest();
};

const LEAF = Buffer.from([0]);
const NODE = Buffer.from([1]);

/** A chain head as a leaf: its canonical JSON, so anyone can rebuild the tree from the heads alone. */
export const headLeaf = (head: ChainHead): Buffer =>
  Buffer.from(canonicalJson({ personId: head.personId, seq: head.seq, hash: head.hash }));

/**
 * The Merkle Tree Hash of RFC 6962 §2.1 (Certificate Transparency) over `leaves` in order: leaves and nodes are
 * hashed with different prefixes, so a node can never pass for a leaf. Hex; the empty tree is SHA-256 of nothing.
 */
export function merkleRoot(leaves: Buffer[]): string {
  return treeHash(leaves, 0, leaves.length).toString('hex');
}

function treeHash(leaves: Buffer[], from: number, to: number): Buffer {
  const n = to - from;
  if (n === 0) return sha256();
  if (n === 1) return sha256(LEAF, leaves[from]);
  // The largest power of two below n: RFC 6962 splits there, so the tree's shape depends on n alone.
  let k = 1;
  while (k * 2 < n) k *= 2;
  return sha256(NODE, treeHash(leaves, from, from + k), treeHash(leaves, from + k, to));
}

/** The root over every person's head, in person-id order. */
export const headsRoot = (heads: Iterable<ChainHead>): string =>
  merkleRoot([...heads].sort((a, b) => (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0)).map(headLeaf));
