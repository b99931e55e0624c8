import { doneMaterialIds, ProgressRecord } from './course-progress';

const lesson = { id: 'm1', kind: 'h5p', testId: null };
const test = { id: 'm2', kind: 'test', testId: 't1' };
const rec = (r: Partial<ProgressRecord>): ProgressRecord => ({
  objectType: 'h5p_material',
  objectId: 'm1',
  completion: null,
  success: null,
  ...r,
});

describe('doneMaterialIds', () => {
  it('ticks a lesson that reported completion and a test that was passed', () => {
    const records = [rec({ completion: true }), rec({ objectType: 'test', objectId: 't1', success: true })];
    expect(doneMaterialIds([lesson, test], records)).toEqual(['m1', 'm2']);
  });

  it('ticks nothing for a lesson only opened or a test failed', () => {
    const records = [rec({ completion: false }), rec({}), rec({ objectType: 'test', objectId: 't1', success: false })];
    expect(doneMaterialIds([lesson, test], records)).toEqual([]);
  });

  it('never lets a lesson report tick a test, nor a test id tick a lesson', () => {
    const records = [
      rec({ objectId: 't1', completion: true }),
      rec({ objectType: 'test', objectId: 'm1', success: true }),
    ];
    expect(doneMaterialIds([lesson, test], records)).toEqual([]);
  });
});
