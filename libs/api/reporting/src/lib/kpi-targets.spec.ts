import { targetVersionProblem, targetVersions } from './kpi-targets';

describe('targetVersionProblem', () => {
  const version = {
    validFrom: '2027-01-01',
    source: 'Kế hoạch 1/KH-UBND',
    targets: [{ code: 'K1', year: 2030, target: 0.7 }],
  };
  it('accepts a real day and one target per code and year', () => {
    expect(targetVersionProblem(version)).toBeNull();
  });
  it('refuses a day that does not exist, and a target given twice', () => {
    expect(targetVersionProblem({ ...version, validFrom: '2027-02-30' })).toContain('không có thật');
    expect(
      targetVersionProblem({ ...version, targets: [...version.targets, { code: 'K1', year: 2030, target: 0.8 }] }),
    ).toBe('Mục tiêu K1 năm 2030 có hai lần.');
  });
});

describe('targetVersions', () => {
  it('groups rows by version, newest first, targets in code and year order', () => {
    const rows = [
      { code: 'K3', year: 2025, target: 0.7, validFrom: '2022-06-03', source: '677' },
      { code: 'K1', year: 2030, target: 0.65, validFrom: '2027-01-01', source: 'new' },
      { code: 'K1', year: 2025, target: 0.4, validFrom: '2022-06-03', source: '677' },
    ];
    expect(targetVersions(rows)).toEqual([
      { validFrom: '2027-01-01', source: 'new', targets: [{ code: 'K1', year: 2030, target: 0.65 }] },
      {
        validFrom: '2022-06-03',
        source: '677',
        targets: [
          { code: 'K1', year: 2025, target: 0.4 },
          { code: 'K3', year: 2025, target: 0.7 },
        ],
      },
    ]);
  });
});
