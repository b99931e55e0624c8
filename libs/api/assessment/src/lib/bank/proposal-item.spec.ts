import { PROPOSABLE_TYPES } from '@lc/shared-contracts';
import { correctOptionIds, proposalFields } from './proposal-item';
import { sampleProposal } from './proposal-samples';
import { itemAsProposal } from './proposal-view';
import type { TestItemEntity } from '../test-item.entity';

describe(proposalFields.name, () => {
  it('keys the options a, b, … in both languages and trims the texts', () => {
    const req = sampleProposal('single_choice');
    const fields = proposalFields({ ...req, stem: { vi: ' Câu hỏi? ', en: 'Question? ' } });
    expect(fields.stem).toEqual({ vi: 'Câu hỏi?', en: 'Question?' });
    expect(fields.options.map((o) => o.id)).toEqual(['a', 'b']);
    expect(fields.answer).toEqual({ optionId: 'b' });
    expect(correctOptionIds(fields.answer)).toEqual(['b']);
  });

  it('keys a multiple-choice item as a sorted set', () => {
    const options = ['A', 'B', 'C'].map((t) => ({ vi: t, en: t }));
    const req = { ...sampleProposal('multiple_choice'), options, correct: [2, 0] };
    expect(proposalFields(req).answer).toEqual({ optionIds: ['a', 'c'] });
  });

  it('stores each other type as the seed stores it, the key apart from what is shown', () => {
    expect(proposalFields(sampleProposal('true_false')).answer).toEqual({ value: false });
    expect(proposalFields(sampleProposal('short_answer')).answer).toEqual({
      accepted: ['mật khẩu', 'password'],
      numeric: false,
      ignoreToneMarks: true,
    });
    const ordering = proposalFields(sampleProposal('ordering'));
    expect(ordering.answer).toEqual({ order: ['a', 'b', 'c'] });
    expect(ordering.options.map((o) => o.id)).not.toEqual(['a', 'b', 'c']);
    const matching = proposalFields(sampleProposal('matching'));
    expect(matching.answer).toEqual({ pairs: { l1: 'r1', l2: 'r2', l3: 'r3' } });
    expect(matching.extra.pairs!.right.map((r) => r.id)).not.toEqual(['r1', 'r2', 'r3']);
    const hotspot = proposalFields(sampleProposal('hotspot'));
    expect(hotspot.answer).toEqual({ regionId: 'r2' });
    expect(hotspot.extra.regions!.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(hotspot.extra.image!.src).toMatch(/^data:image\/png;base64,/);
  });
});

describe(itemAsProposal.name, () => {
  it.each(PROPOSABLE_TYPES)('gives back the proposal a %s item was stored from', (type) => {
    const req = sampleProposal(type);
    const stored = { type, competence: req.competence, level: req.level, ...proposalFields(req) };
    const back = itemAsProposal(stored as unknown as TestItemEntity);
    expect(proposalFields(back)).toEqual(proposalFields(req));
  });
});
