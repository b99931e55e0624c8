import { createHash } from 'node:crypto';
import type { LearningRecordEntity } from './learning-record.entity';

export interface HashedFields {
  personId: string;
  seq: number;
  verb: string;
  objectType: string;
  objectId: string;
  objectName: unknown;
  context: unknown;
  trust: string;
  score: number | null;
  maxScore: number | null;
  success: boolean | null;
  completion: boolean | null;
  domainLevels: Record<string, number> | null;
  voidsRecordId: string | null;
  occurredAt: string;
  prevHash: string | null;
}

/** JSON with sorted keys at every depth, so the same record always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  return `{${Object.keys(obj)
    .sort()
    .filter((k) => obj[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`)
    .join(',')}}`;
}

export const recordHash = (fields: HashedFields): string =>
  createHash('sha256').update(canonicalJson(fields)).digest('hex');

/** Index of the first record whose hash or link does not hold, or -1 when the chain is intact. */
export function firstBrokenLink(records: (HashedFields & { hash: string })[]): number {
  let prev: string | null = null;
  for (let i = 0; i < records.length; i++) {
    const { hash, ...fields } = records[i];
    if (fields.prevHash !== prev || recordHash(fields) !== hash) return i;
    prev = hash;
  }
  return -1;
}

/** The fields of a stored record that its hash covers. */
export const hashedFieldsOf = (r: LearningRecordEntity): HashedFields => ({
  personId: r.personId,
  seq: r.seq,
  verb: r.verb,
  objectType: r.objectType,
  objectId: r.objectId,
  objectName: r.objectName,
  context: r.context,
  trust: r.trust,
  score: r.score,
  maxScore: r.maxScore,
  success: r.success,
  completion: r.completion,
  domainLevels: r.domainLevels,
  voidsRecordId: r.voidsRecordId,
  occurredAt: r.occurredAt.toISOString(),
  prevHash: r.prevHash,
});
