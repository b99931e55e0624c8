import type { AuthUser } from '@lc/api-shared';
import {
  citySettingAccess,
  communeRankingAccess,
  groupFiguresAccess,
  importAccess,
  kpiAreaAccess,
  visibleGroups,
} from './reporting-policy';

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

const code = (a: { allowed: boolean; code?: string }) => (a.allowed ? 'ok' : a.code);
type Grant = [AuthUser['grants'][number]['role'], string];
const COMMUNE = { kind: 'commune', path: '01.00004' };

describe('reporting policy', () => {
  it.each([
    [['analyst', '01.00004'], 'ok', 'AREA_FORBIDDEN', 'AREA_FORBIDDEN'],
    [['analyst', '01'], 'ok', 'ok', 'ok'],
    [['analyst', '01.00008'], 'AREA_FORBIDDEN', 'AREA_FORBIDDEN', 'AREA_FORBIDDEN'],
    [['approver', '01'], 'AREA_FORBIDDEN', 'AREA_FORBIDDEN', 'AREA_FORBIDDEN'],
  ] as [Grant, string, string, string][])(
    'a grant %j reads KPIs of commune 00004 (%s), of the city (%s), and ranks communes (%s)',
    (grant, commune, city, ranking) => {
      const who = user(grant);
      expect(code(kpiAreaAccess(who, COMMUNE))).toBe(commune);
      expect(code(kpiAreaAccess(who, { kind: 'province', path: '01' }))).toBe(city);
      expect(code(communeRankingAccess(who))).toBe(ranking);
    },
  );

  it('refuses group areas as KPI areas, whoever asks', () => {
    expect(code(kpiAreaAccess(user(['analyst', '01']), { kind: 'group', path: '01.00004.g1' }))).toBe(
      'KPI_AREA_INVALID',
    );
  });

  it('leaves city-wide settings to admins of the whole city', () => {
    expect(code(citySettingAccess(user(['admin', '01'])))).toBe('ok');
    expect(code(citySettingAccess(user(['admin', '01.00004'])))).toBe('CITY_ADMIN_ONLY');
    expect(code(citySettingAccess(user(['analyst', '01'])))).toBe('CITY_ADMIN_ONLY');
  });

  it('imports rows only for the communes an admin covers, and refuses one who covers none', () => {
    const communes = [
      { code: '00004', id: 'c4', path: '01.00004' },
      { code: '00008', id: 'c8', path: '01.00008' },
    ];
    const commune = importAccess(user(['admin', '01.00004']), communes);
    expect(code(commune.access)).toBe('ok');
    expect([...commune.known.values()].map((c) => c.allowed)).toEqual([true, false]);
    expect([...importAccess(user(['admin', '01']), communes).known.values()].every((c) => c.allowed)).toBe(true);
    expect(code(importAccess(user(['analyst', '01']), communes).access)).toBe('AREA_FORBIDDEN');
  });

  it('gives group figures to whoever sees a group of the commune', () => {
    expect(code(groupFiguresAccess('all'))).toBe('ok');
    expect(code(groupFiguresAccess(new Set(['g1'])))).toBe('ok');
    expect(code(groupFiguresAccess(new Set()))).toBe('KPI_GROUPS_LOCAL_ONLY');
  });
});
