import { LocalisedText } from './common';

export type Trust = 'verified' | 'attested' | 'reported' | 'declared';

export interface LearningRecord {
  id: string;
  verb: string;
  objectType: string;
  objectId: string;
  objectName: LocalisedText;
  trust: Trust;
  score: number | null;
  maxScore: number | null;
  success: boolean | null;
  completion: boolean | null;
  /** Domain code → level, for test results. */
  domainLevels: Record<string, number> | null;
  occurredAt: string;
  hash: string;
  /** The graded attempt behind a test or assessment result, so its result page can be opened again. */
  attemptId?: string | null;
}

/** How a person's hash chain fails: a record changed, hashes recomputed after a change, or newest records gone. */
export type ChainProblem = 'modified' | 'rehashed' | 'truncated';

/**
 * What a signed evidence checkpoint states: the Merkle root (RFC 6962) over every person's chain head at a moment,
 * linked to the checkpoint before. Signed with Ed25519 by a key the database does not hold (docs/adr/0013).
 */
export interface CheckpointStatement {
  format: 'lc-evidence-checkpoint/1';
  sequence: number;
  createdAt: string;
  /** SHA-256 (hex) of the previous checkpoint's statement as canonical JSON; null for the first. */
  previous: string | null;
  /** People with a chain, and the Merkle root over their heads ({personId, seq, hash}) in person-id order. */
  persons: number;
  root: string;
  /** How many heads moved since the previous checkpoint, and SHA-256 of that list (kept with the checkpoint). */
  changed: number;
  changedHash: string;
  /** First 16 hex digits of SHA-256 of the signing key's public key (SPKI DER). */
  keyId: string;
}

/** The latest checkpoint as published: anyone can check the signature with the public key. */
export interface PublishedCheckpoint {
  statement: CheckpointStatement;
  /** Ed25519 signature of the statement as canonical JSON (sorted keys), base64. */
  signature: string;
  /** The signing key's public key, SPKI PEM. */
  publicKey: string;
}

export type CheckpointProblem = 'signature' | 'sequence' | 'previous' | 'changes' | 'root' | 'missing';

export interface EvidenceCheckpointResult {
  checkpoint: PublishedCheckpoint;
  /** False when nothing had changed since the latest checkpoint, which is returned instead. */
  created: boolean;
  /** Chains whose new records did not continue their signed head: kept at that head, not advanced. */
  heldBack: number;
}

/** A verification of every chain against its records and the signed checkpoints (personal data: ids only). */
export interface EvidenceVerification {
  checkedAt: string;
  chains: number;
  records: number;
  /** The checkpoint the chains were compared with; null when none was signed yet. */
  checkpoint: { sequence: number; createdAt: string; root: string } | null;
  checkpointProblems: { sequence: number | null; problem: CheckpointProblem }[];
  broken: { personId: string; problem: ChainProblem; seq: number }[];
  intact: boolean;
}

/** A change of state the person is told about in the app (issue 11 §4); stored when the change commits. */
export const NOTICE_KINDS = [
  'application_submitted',
  'application_returned',
  'application_verified',
  'application_recognised',
  'application_rejected',
  'application_revoked',
  'course_published',
  'course_returned',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export interface Notice {
  id: string;
  kind: NoticeKind;
  /** The application or course that changed. */
  subjectId: string;
  /** What the notice names: a course's title, an application's year. No person's name. */
  subjectName: LocalisedText;
  createdAt: string;
  read: boolean;
}

export interface NoticeList {
  unread: number;
  /** The newest notices, at most 50. */
  notices: Notice[];
}

/**
 * What `GET /my/notices/stream` pushes (server-sent event `notices`): when the stream opens, and whenever a notice
 * of the person is written. The client reloads the list when `latest` is one it has not seen.
 */
export interface NoticeSnapshot {
  unread: number;
  latest: Notice | null;
}
