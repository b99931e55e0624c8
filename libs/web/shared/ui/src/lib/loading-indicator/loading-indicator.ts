import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';

/** A spinner with a text label that screen readers hear politely. */
@Component({
  selector: 'lp-loading-indicator',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatProgressSpinnerModule],
  template: `
    <div class="lp-loading" role="status" aria-live="polite">
      <mat-spinner diameter="32" aria-hidden="true" />
      <span>{{ label() }}</span>
    </div>
  `,
  styles: `
    .lp-loading {
      display: flex;
      align-items: center;
      gap: 12px;
      padding: 16px 0;
    }
  `,
})
export class LoadingIndicator {
  readonly label = input('Đang tải…');
}
