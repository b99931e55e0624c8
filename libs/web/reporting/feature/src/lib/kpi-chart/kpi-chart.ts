import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { EChartsCoreOption } from 'echarts/core';
import { NgxEchartsDirective, provideEchartsCore } from 'ngx-echarts';

/**
 * A KPI chart. The page loads it in a @defer block and ECharts itself loads when the chart initialises, so neither
 * weighs on the first page. The chart is an image to screen readers: its label summarises it, and a table beside
 * it gives every figure. The role is bound with the label, in the same change detection: a static role would be in
 * the page from the moment a deferred chart is inserted, before its label, and a screen reader (or axe) could meet an
 * image without a name.
 */
@Component({
  selector: 'lp-kpi-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgxEchartsDirective],
  providers: [provideEchartsCore({ echarts: () => import('./echarts-setup') })],
  template: `<div
    echarts
    class="kpi-chart"
    [style.height.px]="height()"
    [attr.role]="label() ? 'img' : null"
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
