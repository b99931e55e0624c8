import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { KpiReport } from '@lc/shared-contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { KpiLang, ShownKpi, formatCount, formatPercent, kpiShortCode, targetStatuses } from '../kpi-format';

/** One KPI: its value, numerator / denominator in words, and a bar against the 2025 and 2030 targets. */
@Component({
  selector: 'lp-kpi-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  templateUrl: './kpi-card.html',
  styleUrl: './kpi-card.scss',
})
export class KpiCard {
  readonly kpi = input.required<ShownKpi>();
  readonly name = input.required<string>();
  /** What the figure counts or leaves out, when the denominator's words do not say it. */
  readonly note = input<string | null>(null);
  /** Where the denominator comes from; given only for KPIs counted over the population (K1). */
  readonly source = input<KpiReport['denominatorSource'] | null>(null);
  readonly lang = input<KpiLang>('vi');

  protected readonly headingId = computed(() => `lp-kpi-${this.kpi().code}`);
  protected readonly shortCode = computed(() => kpiShortCode(this.kpi().code));
  protected readonly value = computed(() => {
    const value = this.kpi().value;
    return value === null ? null : formatPercent(value, this.lang());
  });
  protected readonly numerator = computed(() => formatCount(this.kpi().numerator, this.lang()));
  protected readonly denominator = computed(() => formatCount(this.kpi().denominator, this.lang()));
  protected readonly denominatorLabel = computed(() => {
    const label = this.kpi().denominatorLabel;
    return this.lang() === 'en' && label.en ? label.en : label.vi;
  });
  protected readonly fill = computed(() => Math.min(100, Math.max(0, (this.kpi().value ?? 0) * 100)));
  protected readonly targets = computed(() =>
    targetStatuses(this.kpi()).map((status) => ({
      ...status,
      position: Math.min(100, status.target * 100),
      text: formatPercent(status.target, this.lang()),
      gapText:
        status.gapPoints === null ? null : status.gapPoints.toLocaleString(this.lang() === 'en' ? 'en-GB' : 'vi-VN'),
    })),
  );
  protected readonly target2025 = computed(() => this.targets().find((t) => t.year === 2025)?.text ?? '—');
  protected readonly target2030 = computed(() => this.targets().find((t) => t.year === 2030)?.text ?? '—');
}
