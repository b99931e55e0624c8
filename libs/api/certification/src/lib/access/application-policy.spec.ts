import type { ApplicationStatus, Role } from '@lc/shared-contracts';
import type { AuthUser } from '@lc/api-shared';
import { applicationAccess, ApplicationRef, ApplicationUse, recognitionAccess } from './application-policy';

const BA_DINH = '01.00004';
const STATUSES: ApplicationStatus[] = [
  'draft',
  'submitted',
  'verified',
  'recognised',
  'returned',
  'rejected',
  'revoked',
];
const OFFICER_USES: ApplicationUse[] = ['view', 'verify', 'return', 'reject', 'recognise', 'revoke'];
const AREAS = { inside: BA_DINH, above: '01', outside: '01.00008' } as const;

const user = (id: string, grants: [Role, string][] = []): AuthUser => ({
  id,
  fullName: 'x',
  grants: grants.map(([role, areaPath]) => ({ role, areaId: areaPath, areaPath })),
});
const app = (status: ApplicationStatus, over: Partial<ApplicationRef> = {}): ApplicationRef => ({
  personId: 'citizen',
  communeId: 'ba-dinh',
  communePath: BA_DINH,
  status,
  verifiedBy: null,
  ...over,
});
const answer = (a: ReturnType<typeof applicationAccess>) => (a.allowed ? 'allowed' : `${a.status} ${a.code}`);

/** Which officer's steps each status allows, for the officer who holds the acting role in the area. */
const OPEN: Record<string, ApplicationStatus[]> = {
  view: ['submitted', 'verified', 'recognised', 'returned', 'rejected', 'revoked'],
  verify: ['submitted'],
  reject: ['verified'],
  recognise: ['verified'],
  revoke: ['recognised'],
};
const ROLE_OF: Record<string, Role[]> = {
  view: ['verifier', 'approver'],
  verify: ['verifier'],
  reject: ['approver'],
  recognise: ['approver'],
  revoke: ['approver'],
};

describe(applicationAccess.name, () => {
  it('answers a missing application 404 for everyone', () => {
    for (const use of [...OFFICER_USES, 'save', 'submit'] as ApplicationUse[])
      expect(answer(applicationAccess(user('a', [['approver', '01']]), null, use))).toBe('404 APPLICATION_NOT_FOUND');
  });

  describe.each(['verifier', 'approver'] as Role[])('a %s', (role) => {
    describe.each(Object.keys(AREAS) as (keyof typeof AREAS)[])('granted %s the commune', (where) => {
      it.each(STATUSES)('in status %s', (status) => {
        const officer = user('officer', [[role, AREAS[where]]]);
        for (const use of OFFICER_USES) {
          const got = answer(applicationAccess(officer, app(status), use));
          const acting = use === 'return' ? ['verifier', 'approver'] : ROLE_OF[use];
          if (where === 'outside' || status === 'draft' || !acting.includes(role)) {
            // Nothing tells an officer outside the area (or without the step's role) what the status is.
            expect([use, got]).toEqual([use, '404 APPLICATION_NOT_FOUND']);
          } else if (use === 'return') {
            const open = status === 'submitted' || status === 'verified';
            const mine = (status === 'verified' ? 'approver' : 'verifier') === role;
            expect([use, got]).toEqual([
              use,
              !open ? '409 APPLICATION_STATUS_CONFLICT' : mine ? 'allowed' : '403 ROLE_REQUIRED',
            ]);
          } else {
            expect([use, got]).toEqual([
              use,
              OPEN[use].includes(status) ? 'allowed' : '409 APPLICATION_STATUS_CONFLICT',
            ]);
          }
        }
      });
    });
  });

  it.each(STATUSES)('lets the owner see their own application in status %s, and nobody else without a role', (s) => {
    expect(answer(applicationAccess(user('citizen'), app(s), 'view'))).toBe('allowed');
    expect(answer(applicationAccess(user('other'), app(s), 'view'))).toBe('404 APPLICATION_NOT_FOUND');
    const editable = s === 'draft' || s === 'returned';
    for (const use of ['save', 'submit'] as ApplicationUse[]) {
      expect(answer(applicationAccess(user('citizen'), app(s), use))).toBe(
        editable ? 'allowed' : '409 APPLICATION_STATUS_CONFLICT',
      );
      expect(answer(applicationAccess(user('other', [['verifier', BA_DINH]]), app(s), use))).toBe(
        '404 APPLICATION_NOT_FOUND',
      );
    }
  });

  it('refuses officers their own application and the approver who verified it, inside the area only', () => {
    const both = user('citizen', [
      ['verifier', BA_DINH],
      ['approver', BA_DINH],
    ]);
    expect(answer(applicationAccess(both, app('submitted'), 'verify'))).toBe('403 OWN_APPLICATION');
    const verifier = user('v', [['approver', BA_DINH]]);
    const verified = app('verified', { verifiedBy: 'v' });
    expect(answer(applicationAccess(verifier, verified, 'reject'))).toBe('403 SAME_VERIFIER_APPROVER');
    expect(answer(applicationAccess(verifier, verified, 'recognise'))).toBe('403 SAME_VERIFIER_APPROVER');
    expect(answer(applicationAccess(user('v', [['approver', '01.00008']]), verified, 'reject'))).toBe(
      '404 APPLICATION_NOT_FOUND',
    );
  });
});

describe(recognitionAccess.name, () => {
  const cityApprover = user('a', [['approver', '01']]);
  it('recognises only applications of the decision commune, after the application policy', () => {
    expect(answer(recognitionAccess(cityApprover, app('verified'), 'ba-dinh'))).toBe('allowed');
    expect(answer(recognitionAccess(cityApprover, app('verified'), 'ngoc-ha'))).toBe('403 AREA_FORBIDDEN');
    expect(answer(recognitionAccess(user('a', [['approver', '01.00008']]), app('verified'), 'ba-dinh'))).toBe(
      '404 APPLICATION_NOT_FOUND',
    );
    expect(answer(recognitionAccess(cityApprover, app('submitted'), 'ba-dinh'))).toBe(
      '409 APPLICATION_STATUS_CONFLICT',
    );
  });
});
