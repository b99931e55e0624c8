import { openBadgeCredential } from './open-badge';
import { matchesSigned, signedStatus } from './stored-credential';

const signed = openBadgeCredential(
  {
    applicationId: '6b9294a6-4b8b-4fce-b5b3-974480151489',
    code: 'KZ35TV9LAZ',
    holderName: 'Nguyễn Thị Thử',
    communeName: 'Phường Ba Đình',
    year: 2026,
    decisionNumber: '15/QĐ-UBND',
    decisionDate: '2026-11-20',
    validUntil: '2027-12-31',
    statusIndex: 7,
  },
  { base: 'https://cdht.example.vn' },
);
const facts = { code: 'KZ35TV9LAZ', year: 2026, decisionNumber: '15/QĐ-UBND', validUntil: '2027-12-31' };

describe('matchesSigned', () => {
  it('holds while the tables say what was signed', () => {
    expect(matchesSigned(signed, facts)).toBe(true);
  });
  it.each([
    ['validity', { validUntil: '2099-12-31' }],
    ['year', { year: 2025 }],
    ['decision', { decisionNumber: '1/QĐ-UBND' }],
    ['code', { code: 'AAAAAAAAAA' }],
  ])('fails once the %s was changed behind the workflow', (_, change) => {
    expect(matchesSigned(signed, { ...facts, ...change })).toBe(false);
  });
});

describe('signedStatus', () => {
  it('keeps the table status without a stored credential, and when the credential agrees', () => {
    expect(signedStatus('valid', null)).toBe('valid');
    expect(signedStatus('expired', { signatureHolds: true, matches: true, revokedBit: false })).toBe('expired');
  });
  it('says tampered when the signature or the facts fail, and revoked when the bit is set', () => {
    expect(signedStatus('valid', { signatureHolds: false, matches: false, revokedBit: false })).toBe('tampered');
    expect(signedStatus('valid', { signatureHolds: true, matches: false, revokedBit: false })).toBe('tampered');
    expect(signedStatus('valid', { signatureHolds: true, matches: true, revokedBit: true })).toBe('revoked');
  });
});
