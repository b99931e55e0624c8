import type { Role } from '@lc/shared-contracts';
import type { AuthUser } from '@lc/api-shared';
import { evidenceChainAccess, noticeAccess } from './records-policy';

const user = (role: Role, areaPath: string): AuthUser => ({
  id: 'u',
  fullName: 'x',
  grants: [{ role, areaId: areaPath, areaPath }],
});

describe('records policy', () => {
  it('shows a notice to its person only, answering anyone else as if it did not exist', () => {
    expect(noticeAccess('me', { personId: 'me' })).toEqual({ allowed: true });
    expect(noticeAccess('other', { personId: 'me' })).toMatchObject({ status: 404, code: 'NOTICE_NOT_FOUND' });
    expect(noticeAccess('me', null)).toMatchObject({ status: 404, code: 'NOTICE_NOT_FOUND' });
  });

  it.each([
    ['admin', '01', true],
    ['admin', '01.00004', false],
    ['analyst', '01', false],
    ['approver', '01', false],
  ] as [Role, string, boolean][])('lets a %s of %s run the evidence chains: %s', (role, path, ok) => {
    expect(evidenceChainAccess(user(role, path)).allowed).toBe(ok);
  });
});
