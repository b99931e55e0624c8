import type { Role } from '@lc/shared-contracts';
import { AuthUser } from '@lc/api-shared';
import { resetCodeRefusal, ResetCodeTarget } from './recovery-rules';

const officer = (role: Role, areaPath: string, id = 'officer'): AuthUser => ({
  id,
  fullName: 'Cán bộ',
  grants: [{ role, areaId: areaPath.slice(areaPath.lastIndexOf('.') + 1), areaPath }],
});
const citizenOf = (communePath: string, extra: { role: Role; areaPath: string }[] = []): ResetCodeTarget => ({
  userId: 'person',
  communePath,
  grants: [{ role: 'citizen', areaPath: communePath }, ...extra],
});

describe(resetCodeRefusal.name, () => {
  it('lets an approver of the commune, or of the city, issue a code for a citizen of it', () => {
    expect(resetCodeRefusal(officer('approver', '01.00004'), citizenOf('01.00004'))).toBeNull();
    expect(resetCodeRefusal(officer('approver', '01'), citizenOf('01.00004'))).toBeNull();
  });

  it('refuses approvers of other communes and other roles of the commune as if the person did not exist', () => {
    expect(resetCodeRefusal(officer('approver', '01.00008'), citizenOf('01.00004'))).toBe('out_of_area');
    for (const role of ['citizen', 'verifier', 'analyst', 'trainer'] as Role[]) {
      expect(resetCodeRefusal(officer(role, '01.00004'), citizenOf('01.00004'))).toBe('out_of_area');
    }
  });

  it('leaves people who hold an officer role to an admin who covers all their areas', () => {
    const staff = citizenOf('01.00004', [{ role: 'verifier', areaPath: '01.00004' }]);
    expect(resetCodeRefusal(officer('approver', '01.00004'), staff)).toBe('staff');
    expect(resetCodeRefusal(officer('admin', '01.00004'), staff)).toBeNull();
    const cityStaff = citizenOf('01.00004', [{ role: 'admin', areaPath: '01' }]);
    expect(resetCodeRefusal(officer('admin', '01.00004'), cityStaff)).toBe('staff');
    expect(resetCodeRefusal(officer('admin', '01', 'city-admin'), cityStaff)).toBeNull();
  });

  it('lets only a city admin issue a code for a person tied to no area', () => {
    const loose: ResetCodeTarget = { userId: 'person', communePath: null, grants: [] };
    expect(resetCodeRefusal(officer('admin', '01'), loose)).toBeNull();
    expect(resetCodeRefusal(officer('admin', '01.00004'), loose)).toBe('out_of_area');
    expect(resetCodeRefusal(officer('approver', '01'), loose)).toBe('out_of_area');
  });

  it('never for oneself', () => {
    expect(resetCodeRefusal(officer('admin', '01', 'person'), citizenOf('01.00004'))).toBe('self');
  });
});
