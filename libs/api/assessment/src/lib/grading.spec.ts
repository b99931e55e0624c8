import { cleanResponse, isCorrect, isEmptyResponse, responseProblem, sameResponse } from './grading';

const single = {
  type: 'single_choice' as const,
  answer: { optionId: 'b' },
  options: [{ id: 'a' }, { id: 'b' }].map((o) => ({ ...o, text: { vi: o.id } })),
};
const multi = {
  type: 'multiple_choice' as const,
  answer: { optionIds: ['a', 'c'] },
  options: ['a', 'b', 'c'].map((id) => ({ id, text: { vi: id } })),
};
const tf = { type: 'true_false' as const, answer: { value: false }, options: [] };

describe('isCorrect', () => {
  it('grades single choice', () => {
    expect(isCorrect(single, { optionIds: ['b'] })).toBe(true);
    expect(isCorrect(single, { optionIds: ['a'] })).toBe(false);
    expect(isCorrect(single, { optionIds: ['a', 'b'] })).toBe(false);
  });
  it('grades multiple choice as all-or-nothing, in any order', () => {
    expect(isCorrect(multi, { optionIds: ['c', 'a'] })).toBe(true);
    expect(isCorrect(multi, { optionIds: ['a'] })).toBe(false);
    expect(isCorrect(multi, { optionIds: ['a', 'b', 'c'] })).toBe(false);
  });
  it('grades true/false', () => {
    expect(isCorrect(tf, { optionIds: ['false'] })).toBe(true);
    expect(isCorrect(tf, { optionIds: ['true'] })).toBe(false);
  });
  it('counts an unanswered item as wrong', () => {
    expect(isCorrect(single, undefined)).toBe(false);
  });
});

describe('responseProblem', () => {
  it('refuses options the item does not offer', () => {
    expect(responseProblem(single, { optionIds: ['z'] })).toMatch(/không có/);
    expect(responseProblem(tf, { optionIds: ['maybe'] })).toMatch(/không có/);
  });
  it('refuses several answers to a single-choice item', () => {
    expect(responseProblem(single, { optionIds: ['a', 'b'] })).toMatch(/một phương án/);
  });
  it('accepts a valid answer', () => {
    expect(responseProblem(multi, { optionIds: ['a', 'c'] })).toBeNull();
    expect(responseProblem(tf, { optionIds: ['true'] })).toBeNull();
  });
});

const text = (id: string) => ({ id, text: { vi: id } });
const ordering = {
  type: 'ordering' as const,
  answer: { order: ['b', 'd', 'c', 'a'] },
  options: 'abcd'.split('').map(text),
};
const matching = {
  type: 'matching' as const,
  answer: { pairs: { l1: 'r2', l2: 'r3', l3: 'r1' } },
  options: [],
  extra: { pairs: { left: ['l1', 'l2', 'l3'].map(text), right: ['r1', 'r2', 'r3', 'r4'].map(text) } },
};
const hotspot = {
  type: 'hotspot' as const,
  answer: { regionId: 'r3' },
  options: [],
  extra: {
    image: { width: 360, height: 640 },
    regions: [
      { id: 'r1', x: 20, y: 100, width: 320, height: 50, label: { vi: 'Người gửi' } },
      { id: 'r3', x: 30, y: 330, width: 300, height: 44, label: { vi: 'Đường dẫn' } },
    ],
  },
};
const short = { type: 'short_answer' as const, answer: { accepted: ['ngoặc kép'], numeric: false }, options: [] };

describe('grading the other four types', () => {
  it('short answer: a listed variant, however it is typed', () => {
    expect(isCorrect(short, { optionIds: [], text: ' Ngoặc  KÉP ' })).toBe(true);
    expect(isCorrect(short, { optionIds: [], text: 'ngoặc đơn' })).toBe(false);
  });
  it('ordering: exactly the key order', () => {
    expect(isCorrect(ordering, { optionIds: ['b', 'd', 'c', 'a'] })).toBe(true);
    expect(isCorrect(ordering, { optionIds: ['b', 'c', 'd', 'a'] })).toBe(false);
    expect(isCorrect(ordering, { optionIds: ['b', 'd', 'c'] })).toBe(false);
  });
  it('matching: every left item with its right one', () => {
    const right = [
      { left: 'l2', right: 'r3' },
      { left: 'l1', right: 'r2' },
      { left: 'l3', right: 'r1' },
    ];
    expect(isCorrect(matching, { optionIds: [], pairs: right })).toBe(true);
    expect(isCorrect(matching, { optionIds: [], pairs: right.slice(0, 2) })).toBe(false);
    expect(isCorrect(matching, { optionIds: [], pairs: [...right.slice(0, 2), { left: 'l3', right: 'r4' }] })).toBe(
      false,
    );
  });
  it('hotspot: a point inside the region, or the region chosen from the list', () => {
    expect(isCorrect(hotspot, { optionIds: [], point: { x: 100, y: 350 } })).toBe(true);
    expect(isCorrect(hotspot, { optionIds: [], point: { x: 30, y: 330 } })).toBe(true);
    expect(isCorrect(hotspot, { optionIds: [], point: { x: 100, y: 120 } })).toBe(false);
    expect(isCorrect(hotspot, { optionIds: [], point: { x: 5, y: 5 } })).toBe(false);
    expect(isCorrect(hotspot, { optionIds: ['r3'] })).toBe(true);
    expect(isCorrect(hotspot, { optionIds: ['r1'] })).toBe(false);
  });
});

describe('responseProblem for the other four types', () => {
  it('short answer needs text and no options', () => {
    expect(responseProblem(short, { optionIds: [], text: 'x' })).toBeNull();
    expect(responseProblem(short, { optionIds: [], text: '  ' })).toMatch(/gõ/);
    expect(responseProblem(short, { optionIds: ['a'], text: 'x' })).toMatch(/không chọn/);
  });
  it('ordering needs every option once', () => {
    expect(responseProblem(ordering, { optionIds: ['a', 'b', 'c', 'd'] })).toBeNull();
    expect(responseProblem(ordering, { optionIds: ['a', 'b', 'c'] })).toMatch(/đủ/);
    expect(responseProblem(ordering, { optionIds: ['a', 'a', 'b', 'c'] })).toMatch(/đủ/);
  });
  it('matching names only offered entries, each left once; partial answers are kept', () => {
    expect(responseProblem(matching, { optionIds: [], pairs: [{ left: 'l1', right: 'r4' }] })).toBeNull();
    expect(responseProblem(matching, { optionIds: [], pairs: [{ left: 'l9', right: 'r1' }] })).toMatch(/không có/);
    const twice = [
      { left: 'l1', right: 'r1' },
      { left: 'l1', right: 'r2' },
    ];
    expect(responseProblem(matching, { optionIds: [], pairs: twice })).toMatch(/hai lần/);
  });
  it('hotspot takes a point on the picture or one listed region, not both', () => {
    expect(responseProblem(hotspot, { optionIds: [], point: { x: 360, y: 640 } })).toBeNull();
    expect(responseProblem(hotspot, { optionIds: [], point: { x: 361, y: 1 } })).toMatch(/ngoài/);
    expect(responseProblem(hotspot, { optionIds: ['r1'] })).toBeNull();
    expect(responseProblem(hotspot, { optionIds: ['zz'] })).toMatch(/một vùng/);
    expect(responseProblem(hotspot, { optionIds: ['r1'], point: { x: 1, y: 1 } })).toMatch(/không cả hai/);
  });
});

describe('stored responses', () => {
  it('keep only the fields of their type', () => {
    expect(cleanResponse('short_answer', { optionIds: [], text: 'x', point: { x: 1, y: 1 } })).toEqual({
      optionIds: [],
      text: 'x',
    });
    expect(cleanResponse('ordering', { optionIds: ['a'], text: 'x' })).toEqual({ optionIds: ['a'] });
  });
  it('know a retry from a change', () => {
    expect(sameResponse('multiple_choice', { optionIds: ['a', 'c'] }, { optionIds: ['c', 'a'] })).toBe(true);
    expect(sameResponse('ordering', { optionIds: ['a', 'c'] }, { optionIds: ['c', 'a'] })).toBe(false);
    const pairs = [
      { left: 'l1', right: 'r1' },
      { left: 'l2', right: 'r2' },
    ];
    expect(sameResponse('matching', { optionIds: [], pairs }, { optionIds: [], pairs: [...pairs].reverse() })).toBe(
      true,
    );
    expect(sameResponse('short_answer', { optionIds: [], text: 'a' }, { optionIds: [], text: 'b' })).toBe(false);
  });
  it('know an empty answer', () => {
    expect(isEmptyResponse({ optionIds: [] })).toBe(true);
    expect(isEmptyResponse({ optionIds: [], text: ' ' })).toBe(true);
    expect(isEmptyResponse({ optionIds: [], point: { x: 0, y: 0 } })).toBe(false);
  });
});
