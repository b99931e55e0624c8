import { proposalControlOf, proposalTargetId } from './proposal-fields';

describe(proposalControlOf.name, () => {
  it.each([
    ['stem.vi', 'stemVi'],
    ['explanation.en', 'explanationEn'],
    ['pairs.2.left.en', 'pairs.2.leftEn'],
    ['regions.0.label.vi', 'regions.0.labelVi'],
    ['picture.alt.en', 'picture.altEn'],
    ['options.1.vi', 'options.1.vi'],
    ['regions.1.width', 'regions.1.width'],
    ['competence', 'competence'],
  ])('maps the request path %p to the control %p', (path, control) => {
    expect(proposalControlOf(path)).toBe(control);
  });
});

describe(proposalTargetId.name, () => {
  it('names the option lists by their numbered inputs, per type', () => {
    expect(proposalTargetId('options.0.vi', 'single_choice')).toBe('option-1-0');
    expect(proposalTargetId('options.2.en', 'ordering')).toBe('step-3-1');
    expect(proposalTargetId('pairs.1.rightEn', 'matching')).toBe('pair-2-3');
  });

  it('prefixes every other control', () => {
    expect(proposalTargetId('stemEn', 'single_choice')).toBe('proposal-stemEn');
    expect(proposalTargetId('regions.0.labelVi', 'hotspot')).toBe('proposal-regions.0.labelVi');
    expect(proposalTargetId('options', 'single_choice')).toBe('proposal-options');
    expect(proposalTargetId('picture', 'hotspot')).toBe('proposal-picture');
  });
});
