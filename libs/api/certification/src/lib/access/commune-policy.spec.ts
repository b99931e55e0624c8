import type { Role } from '@lc/shared-contracts';
import type { AuthUser } from '@lc/api-shared';
import { decideForCommuneAccess, decisionAccess, officerAreaPaths, queueStatuses } from './commune-policy';

const user = (grants: [Role, string][]): AuthUser => ({
  id: 'u',
  fullName: 'x',
  grants: grants.map(([role, areaPath]) => ({ role, areaId: areaPath, areaPath })),
});
const BA_DINH = '01.00004';

describe('commune policy', () => {
  it.each([
    ['approver', BA_DINH, true],
    ['approver', '01', true],
    ['approver', '01.00008', false],
    ['verifier', BA_DINH, false],
  ] as [Role, string, boolean][])('a %s of %s decides for Ba Đình: %s', (role, path, ok) => {
    expect(decideForCommuneAccess(user([[role, path]]), BA_DINH)).toEqual(
      ok ? { allowed: true } : expect.objectContaining({ status: 403, code: 'AREA_FORBIDDEN' }),
    );
  });

  it.each([
    ['verifier', BA_DINH, true],
    ['approver', '01', true],
    ['verifier', '01.00008', false],
    ['admin', BA_DINH, false],
  ] as [Role, string, boolean][])('a %s of %s reads Ba Đình decisions: %s', (role, path, ok) => {
    expect(decisionAccess(user([[role, path]]), { communePath: BA_DINH })).toEqual(
      ok ? { allowed: true } : expect.objectContaining({ status: 404, code: 'DECISION_NOT_FOUND' }),
    );
    expect(decisionAccess(user([[role, path]]), null)).toEqual(expect.objectContaining({ status: 404 }));
  });

  it('never queues drafts, whatever is asked', () => {
    const both = user([
      ['verifier', BA_DINH],
      ['approver', '01'],
      ['admin', '01'],
    ]);
    expect(queueStatuses(both, 'draft')).toEqual(['submitted', 'verified']);
    expect(queueStatuses(both, 'nonsense')).toEqual(['submitted', 'verified']);
    expect(queueStatuses(both, 'rejected')).toEqual(['rejected']);
    expect(queueStatuses(user([['approver', BA_DINH]]), undefined)).toEqual(['verified']);
    expect(officerAreaPaths(both)).toEqual([BA_DINH, '01']);
  });
});
