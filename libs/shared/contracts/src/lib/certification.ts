import { LocalisedText } from './common';
import { ChainProblem, LearningRecord, Trust } from './records';

export type ApplicationStatus = 'draft' | 'submitted' | 'verified' | 'recognised' | 'returned' | 'rejected' | 'revoked';

export interface CriteriaItem {
  code: string;
  group: string;
  text: LocalisedText;
  maxScore: number;
  /** What evidence supports it, e.g. 'learning_hours', 'digital_skills'. */
  evidence: string | null;
}

export interface CriteriaGroup {
  code: string;
  name: LocalisedText;
}

export interface CriteriaSet {
  id: string;
  code: string;
  version: number;
  validFrom: string;
  groups: CriteriaGroup[];
  items: CriteriaItem[];
  passTotal: number;
  minItemScore: number;
}

export interface ItemEvidence {
  itemCode: string;
  records: LearningRecord[];
  /** How many of those records there are of each trust level. */
  trustCounts: Record<Trust, number>;
  /** A score suggested from the evidence; shown, never applied silently. */
  suggestedScore: number | null;
  suggestionReason: LocalisedText | null;
  /** The trust levels the suggestion rests on (empty without one). */
  suggestionTrust: Trust[];
  /** True when browser-reported records counted for less than they claim: they show participation only. */
  suggestionCapped: boolean;
}

export interface Transition {
  from: ApplicationStatus | null;
  to: ApplicationStatus;
  actorName: string;
  actorRole: string;
  reason: string | null;
  at: string;
  /** What was wrong with the applicant's evidence chain when this step was taken, if anything. */
  evidenceProblem: ChainProblem | null;
  /** Why the officer acted although the chain was broken. */
  evidenceOverride: string | null;
}

export interface Application {
  id: string;
  year: number;
  status: ApplicationStatus;
  applicantName: string;
  applicantBirthYear: number | null;
  communeId: string;
  communeName: string;
  criteriaSet: CriteriaSet;
  scores: Record<string, number>;
  total: number;
  passes: boolean;
  itemReasons: Record<string, string>;
  evidence: ItemEvidence[];
  /** False when the applicant's learning records no longer match their hash chain (tampering). */
  evidenceIntact: boolean;
  /** How the chain is broken: a record changed, hashes recomputed, or newest records removed. */
  evidenceProblem: ChainProblem | null;
  transitions: Transition[];
  certificateCode: string | null;
  decision: Decision | null;
}

export interface ApplicationSummary {
  id: string;
  year: number;
  status: ApplicationStatus;
  applicantName: string;
  communeId: string;
  communeName: string;
  total: number;
  passes: boolean;
  submittedAt: string | null;
}

export interface SaveScoresRequest {
  scores: Record<string, number>;
}

export interface VerifyRequest {
  scores: Record<string, number>;
  reason?: string;
  /** Required when the applicant's evidence chain is broken: why the verifier goes on anyway. */
  evidenceOverride?: string;
}

export interface ReturnRequest {
  reason: string;
  itemReasons?: Record<string, string>;
}

export interface RejectRequest {
  reason: string;
}

export interface RevokeRequest {
  reason: string;
}

export interface Decision {
  id: string;
  number: string;
  signedOn: string;
  signerName: string;
  communeName: string;
}

/** A decision as the commune's officers list it, with how many people its annex recognises. */
export interface DecisionSummary extends Decision {
  communeId: string;
  year: number;
  recognisedCount: number;
}

export interface CreateDecisionRequest {
  communeId: string;
  number: string;
  signedOn: string;
  signerName: string;
  applicationIds: string[];
  /** Required when a listed application's evidence chain is broken: why it is recognised anyway. */
  evidenceOverride?: string;
}

export interface Certificate {
  code: string;
  holderName: string;
  communeName: string;
  year: number;
  decisionNumber: string;
  decisionDate: string;
  validUntil: string;
  revoked: boolean;
  verifyUrl: string;
}

/** What the public verification page shows: no more than the certificate itself, names masked. */
export interface CertificateVerification {
  code: string;
  valid: boolean;
  /** `tampered`: the title no longer matches the credential signed for it (docs/adr/0014). */
  status: 'valid' | 'expired' | 'revoked' | 'tampered';
  /** Checked against the title's stored signed credential (one exists once the holder first downloaded it). */
  signed: boolean;
  holderInitials: string;
  communeName: string;
  year: number;
  decisionNumber: string;
  decisionDate: string;
  validUntil: string;
}

/**
 * A presented credential (the signed Open Badges JWT) as an independent verifier sees it: `signature` against the
 * issuer's published key, `status` from validity dates and the revocation status list. Facts only when signed by us.
 */
export interface CredentialCheck {
  signature: 'valid' | 'invalid';
  status: 'valid' | 'expired' | 'revoked' | 'invalid';
  code?: string;
  holderInitials?: string;
  achievement?: string;
}

export interface CheckCredentialRequest {
  credential: string;
}
