import { dimensionLabel, dimensionOrder } from './dimension-labels';

describe('dimensionLabel', () => {
  it('names age bands from their bounds, the last one open', () => {
    expect(dimensionLabel('age_band', '25-34')).toEqual({ vi: '25–34 tuổi', en: '25–34' });
    expect(dimensionLabel('age_band', '65+')).toEqual({ vi: 'Từ 65 tuổi', en: '65 and over' });
  });
  it('names sexes and population groups, and anything else as unknown', () => {
    expect(dimensionLabel('sex', 'female').vi).toBe('Nữ');
    expect(dimensionLabel('population_group', 'officials').en).toContain('civil servants');
    expect(dimensionLabel('population_group', 'unknown')).toEqual({ vi: 'Không rõ', en: 'Unknown' });
  });
});

describe('dimensionOrder', () => {
  it('puts age bands youngest first and unknown values last', () => {
    const keys = ['65+', 'unknown', '18-24', '35-44'];
    expect([...keys].sort((a, b) => dimensionOrder('age_band', a) - dimensionOrder('age_band', b))).toEqual([
      '18-24',
      '35-44',
      '65+',
      'unknown',
    ]);
    expect(dimensionOrder('population_group', 'farmers')).toBeLessThan(dimensionOrder('population_group', 'unknown'));
  });
});
