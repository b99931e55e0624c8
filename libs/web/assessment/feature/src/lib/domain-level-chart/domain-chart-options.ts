import type { EChartsCoreOption } from 'echarts/core';

export interface ChartDomain {
  code: string;
  level: number | null;
}

/** Band colours by level (1–2, 3–4, 5–6, 7–8), dark enough for the white labels' contrast. */
const BAND_COLOURS = ['#8a4b00', '#1f6f3f', '#1d4f91', '#5b2a86'];

export const bandColour = (level: number): string => BAND_COLOURS[Math.min(3, Math.floor((level - 1) / 2))];

/**
 * A bar per domain on the 1–8 scale, labelled by the domain's number (names are long on a 360 px phone; the table
 * beside the chart names them). A domain without a level has no bar.
 */
export function domainChartOptions(domains: readonly ChartDomain[], axisName: string): EChartsCoreOption {
  return {
    animation: false,
    grid: { left: 32, right: 8, top: 16, bottom: 32 },
    xAxis: { type: 'category', data: domains.map((d) => d.code), axisTick: { show: false } },
    yAxis: { type: 'value', min: 0, max: 8, interval: 1, name: axisName, nameLocation: 'middle', nameGap: 22 },
    series: [
      {
        type: 'bar',
        barMaxWidth: 40,
        data: domains.map((d) =>
          d.level === null ? null : { value: d.level, itemStyle: { color: bandColour(d.level) } },
        ),
        label: { show: true, position: 'insideTop', color: '#fff', fontWeight: 'bold' },
      },
    ],
  };
}
