import { bandPopulation } from './population-breakdown';

const bands = [
  { areaId: 'a', sex: 'female', ageBand: '18-24', adults: 10 },
  { areaId: 'a', sex: 'male', ageBand: '18-24', adults: 12 },
  { areaId: 'b', sex: 'female', ageBand: '65+', adults: 5 },
];

describe('bandPopulation', () => {
  it('sums the figures of every commune of the area by sex or by age band', () => {
    expect(bandPopulation(bands, ['a', 'b'], 'sex')).toEqual(
      new Map([
        ['female', 15],
        ['male', 12],
      ]),
    );
    expect(bandPopulation(bands, ['a', 'b'], 'age_band')).toEqual(
      new Map([
        ['18-24', 22],
        ['65+', 5],
      ]),
    );
  });

  it('gives nothing when a commune has no figures, or for population groups', () => {
    expect(bandPopulation(bands, ['a', 'b', 'c'], 'sex')).toBeNull();
    expect(bandPopulation(bands, ['a'], 'population_group')).toBeNull();
  });
});
