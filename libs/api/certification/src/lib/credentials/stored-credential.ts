import type { CertificateVerification } from '@lc/shared-contracts';

/** The facts of a title as the tables hold them now, to compare with those its credential was signed with. */
export interface CurrentFacts {
  code: string;
  year: number;
  decisionNumber: string;
  validUntil: string;
}

/** What a verified credential payload says of the same facts (open-badge.ts writes them). */
interface SignedFacts {
  validUntil?: string;
  credentialSubject?: { achievement?: { name?: string } };
  evidence?: { id?: string; name?: string }[];
}

/**
 * Whether a credential, once its signature held, still says what the tables say. A title whose validity, year,
 * decision or code were changed behind the workflow no longer matches what was signed.
 */
export function matchesSigned(payload: SignedFacts, facts: CurrentFacts): boolean {
  const evidence = payload.evidence?.[0];
  return (
    evidence?.id?.split('/').pop() === facts.code &&
    (evidence?.name ?? '').startsWith(`Quyết định số ${facts.decisionNumber} `) &&
    payload.credentialSubject?.achievement?.name === `Công dân học tập năm ${facts.year}` &&
    (payload.validUntil ?? '').slice(0, 10) === facts.validUntil
  );
}

/** The public status once the stored credential is weighed: a mismatch or a set revocation bit overrides the table. */
export function signedStatus(
  tableStatus: CertificateVerification['status'],
  check: { signatureHolds: boolean; matches: boolean; revokedBit: boolean } | null,
): CertificateVerification['status'] {
  if (!check) return tableStatus;
  if (!check.signatureHolds || !check.matches) return 'tampered';
  return check.revokedBit ? 'revoked' : tableStatus;
}
