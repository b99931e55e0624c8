import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { CriteriaItem } from '@lc/shared-contracts';
import { ScoreEvaluation } from '@lc/shared-certification-rules';
import { TranslatePipe } from '@ngx-translate/core';

/** The live total, the pass rule in words, and which items keep the application from passing. */
@Component({
  selector: 'lp-score-summary',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    @let e = evaluation();
    <div class="summary" [class.summary--passes]="e.passes" role="status" aria-live="polite" aria-atomic="true">
      <p class="summary__total">{{ 'certification.rule.total' | translate: { total: e.total, max: e.maxTotal } }}</p>
      <p class="summary__rule">
        {{ 'certification.rule.rule' | translate: { passTotal: e.passTotal, min: e.minItemScore } }}
      </p>
      @if (e.passes) {
        <p class="summary__outcome">✓ {{ 'certification.rule.passes' | translate }}</p>
      } @else {
        <p class="summary__outcome">{{ 'certification.rule.fails' | translate }}</p>
        <ul class="summary__blockers">
          @if (e.shortBy > 0) {
            <li>{{ 'certification.rule.short' | translate: { points: e.shortBy } }}</li>
          }
          @if (e.belowMinimum.length) {
            <li>{{ 'certification.rule.below' | translate: { min: e.minItemScore, items: list(e.belowMinimum) } }}</li>
          }
          @if (e.unscored.length) {
            <li>{{ 'certification.rule.unscored' | translate: { items: list(e.unscored) } }}</li>
          }
        </ul>
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
      margin: 16px 0;
    }
    .summary {
      padding: 12px 16px;
      border-radius: 8px;
      border-left: 6px solid var(--mat-sys-error, #b3261e);
      background: var(--mat-sys-surface-container-high, #eee);
    }
    .summary--passes {
      border-left-color: var(--mat-sys-primary, #1b5e20);
    }
    .summary p {
      margin: 0 0 4px;
    }
    .summary__total {
      font-size: 1.25rem;
      font-weight: 700;
    }
    .summary__outcome {
      font-weight: 600;
    }
    .summary__blockers {
      margin: 0;
      padding-left: 20px;
    }
  `,
})
export class ScoreSummary {
  readonly evaluation = input.required<ScoreEvaluation>();
  /** Item code → the text to name it by. */
  readonly names = input<Record<string, string>>({});

  private readonly nameOf = computed(() => {
    const names = this.names();
    return (item: CriteriaItem) => (names[item.code] ? `${item.code} ${names[item.code]}` : item.code);
  });

  protected list(items: CriteriaItem[]): string {
    return items.map(this.nameOf()).join('; ');
  }
}
