import { bandColour, domainChartOptions } from './domain-chart-options';

describe(domainChartOptions.name, () => {
  it('draws a bar per domain on the 1–8 scale, none for a domain without a level', () => {
    const options = domainChartOptions(
      [
        { code: '1', level: 2 },
        { code: '2', level: 5 },
        { code: '3', level: null },
      ],
      'Mức',
    ) as {
      xAxis: { data: string[] };
      yAxis: { min: number; max: number; name: string };
      series: { data: ({ value: number; itemStyle: { color: string } } | null)[] }[];
    };
    expect(options.xAxis.data).toEqual(['1', '2', '3']);
    expect(options.yAxis).toMatchObject({ min: 0, max: 8, name: 'Mức' });
    expect(options.series[0].data).toEqual([
      { value: 2, itemStyle: { color: bandColour(2) } },
      { value: 5, itemStyle: { color: bandColour(5) } },
      null,
    ]);
  });

  it('colours levels by band of two', () => {
    expect(bandColour(1)).toBe(bandColour(2));
    expect(bandColour(3)).not.toBe(bandColour(2));
    expect(bandColour(8)).toBe(bandColour(7));
  });
});
