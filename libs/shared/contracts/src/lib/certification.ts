import { LocalisedText } from './common';
import { LearningRecord } from './records';

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
  /** A score suggested from the evidence; shown, never applied silently. */
  suggestedScore: number | null;
  suggestionReason: LocalisedText | null;
}

export interface Transition {
  from: ApplicationStatus | null;
  to: ApplicationStatus;
  actorName: string;
  actorRole: string;
  reason: string | null;
  at: string;
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

export interface CreateDecisionRequest {
  communeId: string;
  number: string;
  signedOn: string;
  signerName: string;
  applicationIds: string[];
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
  status: 'valid' | 'expired' | 'revoked';
  holderInitials: string;
  communeName: string;
  year: number;
  decisionNumber: string;
  decisionDate: string;
  validUntil: string;
}
