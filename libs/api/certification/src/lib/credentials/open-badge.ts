/** What a credential states: exactly what the printed certificate shows, and nothing more. */
export interface TitleFacts {
  applicationId: string;
  code: string;
  holderName: string;
  communeName: string;
  year: number;
  decisionNumber: string;
  /** YYYY-MM-DD, Vietnam's calendar day. */
  decisionDate: string;
  /** YYYY-MM-DD, last day of validity. */
  validUntil: string;
  statusIndex: number;
}

export interface IssuerUrls {
  /** PUBLIC_URL without a trailing slash. */
  base: string;
}

export const CREDENTIAL_CONTEXTS = [
  'https://www.w3.org/ns/credentials/v2',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
];

export const issuerId = ({ base }: IssuerUrls) => `${base}/api/public/issuer`;
export const jwksUrl = ({ base }: IssuerUrls) => `${base}/api/public/issuer/jwks.json`;
export const statusListUrl = ({ base }: IssuerUrls) => `${base}/api/public/credentials/status/revocation`;

/** Days are Vietnam's: a title decided on 10/05 is valid from that day's start there, to its last day's end. */
export const dayStart = (day: string) => `${day}T00:00:00+07:00`;
export const dayEnd = (day: string) => `${day}T23:59:59+07:00`;

/**
 * The title as an Open Badges 3.0 `OpenBadgeCredential` (a W3C VC 2.0 data model document), unsigned. It is signed
 * as VC-JOSE, so the document itself is the JWT's payload.
 */
export function openBadgeCredential(facts: TitleFacts, urls: IssuerUrls) {
  const achievement = `Công dân học tập năm ${facts.year}`;
  const decision = `Quyết định số ${facts.decisionNumber} ngày ${vietnameseDate(facts.decisionDate)}`;
  return {
    '@context': CREDENTIAL_CONTEXTS,
    id: `urn:uuid:${facts.applicationId}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: `Giấy chứng nhận ${achievement}`,
    issuer: {
      id: issuerId(urls),
      type: ['Profile'],
      name: `Ủy ban nhân dân ${facts.communeName}`,
      url: urls.base,
    },
    validFrom: dayStart(facts.decisionDate),
    validUntil: dayEnd(facts.validUntil),
    awardedDate: dayStart(facts.decisionDate),
    credentialSubject: {
      type: ['AchievementSubject'],
      // The printed certificate names its holder; the credential says no more (no citizen id, no birth date).
      identifier: [{ type: 'IdentityObject', identityHash: facts.holderName, identityType: 'name', hashed: false }],
      achievement: {
        id: `${urls.base}/achievements/cong-dan-hoc-tap/${facts.year}`,
        type: ['Achievement'],
        achievementType: 'Award',
        name: achievement,
        description: `Danh hiệu ${achievement}, ${facts.communeName}.`,
        criteria: { narrative: `Được công nhận theo ${decision}.` },
      },
    },
    evidence: [
      {
        id: `${urls.base}/verify/${facts.code}`,
        type: ['Evidence'],
        name: decision,
        genre: 'Quyết định công nhận',
        narrative: `Mã xác thực ${facts.code}.`,
      },
    ],
    credentialStatus: {
      id: `${statusListUrl(urls)}#${facts.statusIndex}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(facts.statusIndex),
      statusListCredential: statusListUrl(urls),
    },
  };
}

/** The list itself as a `BitstringStatusListCredential`, unsigned. */
export function statusListCredential(encodedList: string, urls: IssuerUrls, now: Date) {
  return {
    '@context': [CREDENTIAL_CONTEXTS[0]],
    id: statusListUrl(urls),
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: issuerId(urls),
    validFrom: now.toISOString(),
    credentialSubject: {
      id: `${statusListUrl(urls)}#list`,
      type: 'BitstringStatusList',
      statusPurpose: 'revocation',
      encodedList,
    },
  };
}

function vietnameseDate(day: string): string {
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}
