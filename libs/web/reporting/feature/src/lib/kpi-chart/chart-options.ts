import { KpiTrend } from '@lc/shared-contracts';
import type { EChartsCoreOption } from 'echarts/core';
import { ShownKpi, kpiShortCode } from '../kpi-format';

/** Dark enough for contrast on white, told apart by more than hue in the table beside each chart. */
const COLOURS = ['#1f6f3f', '#1d4f91', '#8a4b00', '#5b2a86', '#7a1f3d', '#33524f'];

const pct = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);
const percentAxis = (name: string) => ({
  type: 'value',
  min: 0,
  max: 100,
  name,
  axisLabel: { formatter: '{value} %' },
});

/** Each KPI's value beside its target for the chosen year, on a 0–100 % scale. */
export function progressOptions(
  kpis: readonly ShownKpi[],
  year: 2025 | 2030,
  names: { reached: string; target: string },
): EChartsCoreOption {
  return {
    animation: false,
    color: [COLOURS[0], '#9e9e9e'],
    legend: { top: 0 },
    grid: { left: 48, right: 8, top: 40, bottom: 28 },
    xAxis: { type: 'category', data: kpis.map((k) => kpiShortCode(k.code)) },
    yAxis: percentAxis(''),
    series: [
      { name: names.reached, type: 'bar', data: kpis.map((k) => pct(k.value)) },
      { name: names.target, type: 'bar', data: kpis.map((k) => pct(year === 2025 ? k.target2025 : k.target2030)) },
    ],
  };
}

/** Communes as horizontal bars in the order given, the first at the top; long names are cut on a phone. */
export function rankingOptions(rows: readonly { areaName: string; value: number | null }[]): EChartsCoreOption {
  return {
    animation: false,
    color: [COLOURS[1]],
    grid: { left: 8, right: 40, top: 8, bottom: 24, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => r.areaName),
      axisLabel: { width: 130, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        data: rows.map((r) => pct(r.value)),
        label: { show: true, position: 'right', formatter: '{c} %' },
      },
    ],
  };
}

/** A line per KPI across the years; a year without a value leaves a gap. */
export function trendOptions(trend: KpiTrend, name: (code: string) => string): EChartsCoreOption {
  const codes = [...new Set(trend.points.flatMap((p) => p.kpis.map((k) => k.code)))];
  return {
    animation: false,
    color: COLOURS,
    legend: { top: 0 },
    grid: { left: 48, right: 16, top: 56, bottom: 28 },
    xAxis: { type: 'category', data: trend.points.map((p) => String(p.year)) },
    yAxis: percentAxis(''),
    series: codes.map((code) => ({
      name: name(code),
      type: 'line',
      connectNulls: false,
      data: trend.points.map((p) => pct(p.kpis.find((k) => k.code === code)?.value ?? null)),
    })),
  };
}
