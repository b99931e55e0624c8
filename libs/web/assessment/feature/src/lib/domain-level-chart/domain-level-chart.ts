import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { NgxEchartsDirective, provideEchartsCore } from 'ngx-echarts';
import { ChartDomain, domainChartOptions } from './domain-chart-options';

/**
 * The six domain levels as a bar chart. Loaded only when a result is shown (the page puts it in a @defer block),
 * and ECharts itself only when the chart initialises. Screen readers get the table beside it instead.
 */
@Component({
  selector: 'lp-domain-level-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgxEchartsDirective],
  providers: [provideEchartsCore({ echarts: () => import('./echarts-setup') })],
  template: `<div
    echarts
    class="domain-chart"
    role="img"
    [attr.aria-label]="label()"
    [options]="options()"
    [initOpts]="{ renderer: 'svg' }"
  ></div>`,
  styles: `
    .domain-chart {
      height: 240px;
      width: 100%;
    }
  `,
})
export class DomainLevelChart {
  readonly domains = input.required<ChartDomain[]>();
  readonly axisName = input('');
  readonly label = input.required<string>();

  protected readonly options = computed(() => domainChartOptions(this.domains(), this.axisName()));
}
