import { ChangeDetectionStrategy, Component, ViewEncapsulation, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@ngx-translate/core';

/**
 * A recovery code as it is shown, once: large, in groups, with copy and print. Printing shows this card alone
 * (global print styles, hence no encapsulation), so that the sheet holds the code and what it is for, nothing else.
 */
@Component({
  selector: 'lp-recovery-code-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  imports: [MatButtonModule, TranslatePipe],
  template: `
    <section class="lp-recovery-card" [attr.aria-labelledby]="headingId">
      <h2 class="lp-recovery-card__heading" [id]="headingId">{{ 'identity.recoveryCard.heading' | translate }}</h2>
      <p class="lp-recovery-card__code" translate="no">{{ code() }}</p>
      @if (owner()) {
        <p class="lp-recovery-card__owner">{{ 'identity.recoveryCard.owner' | translate: { owner: owner() } }}</p>
      }
      <p>{{ 'identity.recoveryCard.keep' | translate }}</p>
      <p class="lp-recovery-card__once">{{ 'identity.recoveryCard.once' | translate }}</p>
      <div class="lp-actions lp-recovery-card__actions">
        <button mat-stroked-button type="button" (click)="copy()">
          {{ 'identity.recoveryCard.copy' | translate }}
        </button>
        <button mat-stroked-button type="button" (click)="print()">
          {{ 'identity.recoveryCard.print' | translate }}
        </button>
      </div>
      <p class="lp-recovery-card__status" role="status">
        @if (copied() === true) {
          {{ 'identity.recoveryCard.copied' | translate }}
        } @else if (copied() === false) {
          {{ 'identity.recoveryCard.copyFailed' | translate }}
        }
      </p>
    </section>
  `,
  styles: `
    .lp-recovery-card {
      border: 2px dashed var(--mat-sys-outline);
      border-radius: 12px;
      padding: 16px;
      margin: 16px 0;
      max-width: 560px;
    }
    .lp-recovery-card__heading {
      font-size: 1.25rem;
      margin: 0 0 8px;
    }
    .lp-recovery-card__code {
      font-family: ui-monospace, 'Roboto Mono', monospace;
      font-size: 1.6rem;
      font-weight: 700;
      letter-spacing: 0.08em;
      word-break: break-all;
      margin: 8px 0;
    }
    .lp-recovery-card__once {
      font-weight: 600;
    }
    .lp-recovery-card__status:empty {
      margin: 0;
    }
    @media print {
      body * {
        visibility: hidden;
      }
      .lp-recovery-card,
      .lp-recovery-card * {
        visibility: visible;
      }
      .lp-recovery-card {
        position: absolute;
        inset: 0 auto auto 0;
        border-color: #000;
      }
      .lp-recovery-card__actions,
      .lp-recovery-card__status {
        display: none;
      }
    }
  `,
})
export class RecoveryCodeCard {
  private static next = 0;
  readonly code = input.required<string>();
  /** Whose code it is, printed with it: a name, or a masked ID number. */
  readonly owner = input<string | null>(null);

  protected readonly headingId = `lp-recovery-card-${RecoveryCodeCard.next++}`;
  protected readonly copied = signal<boolean | null>(null);

  protected async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.code());
      this.copied.set(true);
    } catch {
      // No clipboard (an old browser, or a page not served over HTTPS): the code is on screen to write down.
      this.copied.set(false);
    }
  }

  protected print(): void {
    window.print();
  }
}
