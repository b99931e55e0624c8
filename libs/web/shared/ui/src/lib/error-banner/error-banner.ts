import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

/** An error message announced to screen readers, with an optional retry button. */
@Component({
  selector: 'lp-error-banner',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule],
  template: `
    @if (message()) {
      <div class="lp-error-banner" role="alert">
        <span class="lp-error-banner__text">{{ message() }}</span>
        @if (retryLabel()) {
          <button mat-button type="button" (click)="retry.emit()">{{ retryLabel() }}</button>
        }
      </div>
    }
  `,
  styles: `
    .lp-error-banner {
      display: flex;
      align-items: center;
      flex-wrap: wrap;
      gap: 8px;
      padding: 12px 16px;
      margin: 8px 0 16px;
      border-radius: 8px;
      border-left: 6px solid var(--mat-sys-error);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .lp-error-banner__text {
      flex: 1 1 200px;
    }
  `,
})
export class ErrorBanner {
  readonly message = input<string | null>(null);
  readonly retryLabel = input<string | null>(null);
  readonly retry = output<void>();
}
