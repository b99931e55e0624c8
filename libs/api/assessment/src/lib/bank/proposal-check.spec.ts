import { PROPOSABLE_TYPES, type ItemProposalRequest } from '@lc/shared-contracts';
import { proposalProblem } from './proposal-check';
import { sampleProposal } from './proposal-samples';

const codes = new Set(['4.1', '2.3']);
const check = (req: ItemProposalRequest) => proposalProblem(req, codes);
const code = (req: ItemProposalRequest) => check(req)?.code;

describe(proposalProblem.name, () => {
  it.each(PROPOSABLE_TYPES)('accepts a sound %s proposal', (type) => expect(check(sampleProposal(type))).toBeNull());

  it('keeps the course-test rules for choice items, in both languages', () => {
    const single = sampleProposal('single_choice');
    expect(check({ ...single, competence: '6.6' })?.message).toMatch(/6\.6/);
    expect(check({ ...single, correct: [4] })?.message).toMatch(/đáp án/);
    expect(check({ ...single, correct: [0, 1] })?.message).toMatch(/đúng một/);
    const options = [
      { vi: 'Một', en: 'Same' },
      { vi: 'Hai', en: 'same' },
    ];
    expect(check({ ...single, options })?.message).toMatch(/tiếng Anh/);
  });

  it('asks each type for its own fields', () => {
    expect(code({ ...sampleProposal('true_false'), truth: undefined })).toBe('ITEM_TYPE_FIELDS_MISSING');
    expect(code({ ...sampleProposal('short_answer'), accepted: ['  '] })).toBe('ITEM_TYPE_FIELDS_MISSING');
    expect(code({ ...sampleProposal('ordering'), options: sampleProposal('ordering').options!.slice(1) })).toBe(
      'ITEM_TYPE_FIELDS_MISSING',
    );
    expect(code({ ...sampleProposal('matching'), pairs: [] })).toBe('ITEM_TYPE_FIELDS_MISSING');
    expect(code({ ...sampleProposal('hotspot'), correct: [2] })).toBe('ITEM_TYPE_FIELDS_MISSING');
    expect(code({ ...sampleProposal('hotspot'), picture: undefined })).toBe('ITEM_HOTSPOT_PICTURE_REQUIRED');
    expect(code({ ...sampleProposal('single_choice'), correct: undefined })).toBe('ITEM_TYPE_FIELDS_MISSING');
  });

  it("applies the content validator's rules to the other types", () => {
    const hotspot = sampleProposal('hotspot');
    const [first, second] = hotspot.regions!;
    expect(code({ ...hotspot, regions: [first, { ...second, y: 120 }] })).toBe('ITEM_HOTSPOT_REGIONS');
    expect(code({ ...hotspot, regions: [first, { ...second, x: 300 }] })).toBe('ITEM_HOTSPOT_REGIONS');
    expect(code({ ...sampleProposal('short_answer'), numeric: true })).toBe('ITEM_ANSWER_NOT_NUMERIC');
    expect(check({ ...sampleProposal('short_answer'), numeric: true, accepted: ['2,5', '2.5'] })).toBeNull();
    const ordering = sampleProposal('ordering');
    const unsafe = [...ordering.options!, { vi: 'Tất cả các đáp án trên', en: 'All of the above' }];
    expect(code({ ...ordering, options: unsafe })).toBe('ITEM_TEXT_RULES');
    const unmarked = { vi: 'Mat khau nao an toan nhat', en: 'Which password is safest' };
    expect(code({ ...sampleProposal('true_false'), stem: unmarked, explanation: unmarked })).toBe('ITEM_TEXT_RULES');
    expect(code({ ...sampleProposal('matching'), competence: '6.6' })).toBe('ITEM_PROPOSAL_INVALID');
  });

  it('refuses repeated steps, pair sides and region labels', () => {
    const matching = sampleProposal('matching');
    const pairs = [...matching.pairs!.slice(0, 2), { ...matching.pairs![2], right: matching.pairs![0].right }];
    expect(code({ ...matching, pairs })).toBe('ITEM_OPTIONS_REPEATED');
    const ordering = sampleProposal('ordering');
    const options = [...ordering.options!, { vi: 'mở phần cài đặt ', en: 'Something else' }];
    expect(code({ ...ordering, options: options.map((o) => ({ ...o, vi: o.vi.trim() })) })).toBe(
      'ITEM_OPTIONS_REPEATED',
    );
  });
});
