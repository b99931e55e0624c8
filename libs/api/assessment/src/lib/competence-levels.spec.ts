import { competenceLevels, domainLevels, explainLevel } from './competence-levels';

const item = (competence: string, level: number, correct: boolean) => ({ competence, level, correct });

describe('competenceLevels', () => {
  it('climbs while at least half of each level is right', () => {
    const [c] = competenceLevels([
      item('1.1', 1, true),
      item('1.1', 1, false),
      item('1.1', 2, true),
      item('1.1', 3, false),
    ]);
    expect(c).toEqual({ code: '1.1', level: 2, correct: 2, total: 4 });
  });
  it('stops at the first level missed, even if a higher one was right', () => {
    const [c] = competenceLevels([item('4.1', 1, false), item('4.1', 2, true)]);
    expect(c.level).toBe(0);
  });
  it('sorts competences by code', () => {
    expect(competenceLevels([item('2.10', 1, true), item('2.3', 1, true)]).map((c) => c.code)).toEqual(['2.3', '2.10']);
  });
});

describe('domainLevels', () => {
  it('takes the weakest competence of each domain', () => {
    expect(
      domainLevels([
        { code: '1.1', level: 2, correct: 2, total: 2 },
        { code: '1.2', level: 1, correct: 1, total: 2 },
        { code: '4.2', level: 2, correct: 2, total: 2 },
      ]),
    ).toEqual({ '1': 1, '4': 2 });
  });
});

describe('explainLevel', () => {
  it('says the level and band in plain Vietnamese', () => {
    expect(explainLevel({ code: '1.1', level: 2, correct: 3, total: 4 }, { vi: 'Tìm kiếm thông tin' }).vi).toBe(
      'Năng lực "Tìm kiếm thông tin": bạn trả lời đúng 3/4 câu, đạt mức 2 (Cơ bản).',
    );
  });
  it('points to courses when no level is reached', () => {
    expect(explainLevel({ code: '1.1', level: 0, correct: 0, total: 2 }, { vi: 'X' }).vi).toMatch(
      /chưa đạt mức 1.*khoá học gợi ý/,
    );
  });
});
