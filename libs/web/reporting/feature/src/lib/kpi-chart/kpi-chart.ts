import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { EChartsCoreOption } from 'echarts/core';
import { NgxEchartsDirective, provideEchartsCore } from 'ngx-echarts';

/**
 * A KPI chart. The page loads it in a @defer block and ECharts itself loads when the chart initialises, so neither
 * weighs on the first page. The chart is an image to screen readers: its label summarises it, and a table beside
 * it gives every figure.
 */
@Component({
  selector: 'lp-kpi-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgxEchartsDirective],
  providers: [provideEchartsCore({ echarts: () => import('./echarts-setup') })],
  template: `<div
    echarts
    class="kpi-chart"
    role="img"
    [style.height.px]="height()"
    [attr.aria-label]="label()"
    [options]="options()"
    [initOpts]="initOpts"
  ></div>`,
  styles: `
    .kpi-chart {
      width: 100%;
    }
  `,
})
export class KpiChart {
  readonly options = input.required<EChartsCoreOption>();
  readonly label = input.required<string>();
  readonly height = input(260);

  protected readonly initOpts = { renderer: 'svg' as const };
}
