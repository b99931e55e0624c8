import { canonicalJson, HashedFields } from '../../../libs/api/records/src/lib/record-hash';

export interface LearningRecordRow extends HashedFields {
  id: string;
  hash: string;
  /** When it happened, in ms: occurredAt before it is set. */
  at: number;
}

const NO_CONTEXT = {};
/**
 * What the assessment stores beside each level (K3/K4 sum these): most of the mass on the level, the rest on its
 * neighbours, as a posterior of 5 items per domain looks. Fixed per level, so the generator's draws stay as they were.
 */
const SPREAD: Record<number, number[]> = Object.fromEntries(
  [1, 2, 3, 4, 5, 6].map((level) => {
    const p = Array.from({ length: 8 }, (_, i): number =>
      i + 1 === level ? 0.6 : Math.abs(i + 1 - level) === 1 ? 0.2 : 0,
    );
    const total = p.reduce((s, x) => s + x, 0);
    return [level, p.map((x) => Math.round((x / total) * 1e4) / 1e4)];
  }),
);
export const levelProbabilities = (levels: Record<string, number>) =>
  Object.fromEntries(Object.entries(levels).map(([d, level]) => [d, SPREAD[level]]));

/** Every record made in one shape (fields set later in place), which keeps a million of them cheap to build. */
export function newRecord(
  id: string,
  personId: string,
  verb: string,
  objectType: string,
  objectId: string,
  objectName: unknown,
  trust: string,
  at: number,
): LearningRecordRow {
  return {
    id,
    personId,
    seq: 0,
    verb,
    objectType,
    objectId,
    objectName,
    context: NO_CONTEXT,
    trust,
    score: null,
    maxScore: null,
    success: null,
    completion: null,
    domainLevels: null,
    voidsRecordId: null,
    occurredAt: '',
    prevHash: null,
    hash: '',
    at,
  };
}

const j = JSON.stringify;
/**
 * canonicalJson(hashedFields) of the records context, written out for this one shape: its keys in sorted order,
 * nested values through canonicalJson itself; apps/api/src/kpi-rollups.int-spec.ts checks the hashes it gives.
 */
export function canonicalRecord(r: LearningRecordRow): string {
  return (
    `{"completion":${j(r.completion)},"context":${canonicalJson(r.context)},` +
    `"domainLevels":${canonicalJson(r.domainLevels)},"maxScore":${j(r.maxScore)},"objectId":${j(r.objectId)},` +
    `"objectName":${canonicalJson(r.objectName)},"objectType":${j(r.objectType)},"occurredAt":${j(r.occurredAt)},` +
    `"personId":${j(r.personId)},"prevHash":${j(r.prevHash)},"score":${j(r.score)},"seq":${r.seq},` +
    `"success":${j(r.success)},"trust":${j(r.trust)},"verb":${j(r.verb)},"voidsRecordId":${j(r.voidsRecordId)}}`
  );
}
