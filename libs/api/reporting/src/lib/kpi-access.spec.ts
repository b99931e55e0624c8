import type { AuthUser } from '@lc/api-shared';
import { visibleGroups } from './kpi-access';

const user = (...grants: [AuthUser['grants'][number]['role'], string][]): AuthUser => ({
  id: 'u',
  fullName: 'x',
  grants: grants.map(([role, areaPath]) => ({ role, areaPath, areaId: areaPath.slice(areaPath.lastIndexOf('.') + 1) })),
});

describe('visibleGroups', () => {
  it("gives a commune's own analyst every group of it", () => {
    expect(visibleGroups(user(['analyst', '01.00004']), '01.00004')).toBe('all');
  });
  it('gives an analyst of one group that group only', () => {
    expect(visibleGroups(user(['analyst', '01.00004.g1']), '01.00004')).toEqual(new Set(['g1']));
  });
  it('keeps city analysts, other communes and other roles out', () => {
    expect(visibleGroups(user(['analyst', '01']), '01.00004')).toEqual(new Set());
    expect(visibleGroups(user(['analyst', '01.00008']), '01.00004')).toEqual(new Set());
    expect(visibleGroups(user(['approver', '01.00004']), '01.00004')).toEqual(new Set());
    expect(visibleGroups(user(['analyst', '01.000040']), '01.00004')).toEqual(new Set());
  });
});
