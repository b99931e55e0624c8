import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, ElementRef, effect, inject, signal, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { RecoveryApi } from '@lc/web-identity-data-access';
import { SessionStore, apiErrorMessage } from '@lc/web-shared-data-access';
import { ErrorBanner, PageHeading } from '@lc/web-shared-ui';
import { catchError, firstValueFrom, of } from 'rxjs';
import { RecoveryCodeCard } from '../recovery-code-card/recovery-code-card';

/** The signed-in person's account: a new recovery code, with their current password (docs/adr/0017). */
@Component({
  selector: 'lp-account-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    DatePipe,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    TranslatePipe,
    PageHeading,
    ErrorBanner,
    RecoveryCodeCard,
  ],
  templateUrl: './account-page.html',
})
export class AccountPage {
  private readonly recoveryApi = inject(RecoveryApi);
  private readonly translate = inject(TranslateService);
  protected readonly session = inject(SessionStore);

  protected readonly status = toSignal(this.recoveryApi.recoveryCodeStatus().pipe(catchError(() => of(null))));
  protected readonly form = inject(NonNullableFormBuilder).group({ password: ['', Validators.required] });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly recoveryCode = signal<string | null>(null);
  private readonly card = viewChild(RecoveryCodeCard, { read: ElementRef });

  constructor() {
    effect(() => (this.card()?.nativeElement as HTMLElement | undefined)?.scrollIntoView({ block: 'nearest' }));
  }

  protected async renew(): Promise<void> {
    if (this.form.invalid) return this.form.markAllAsTouched();
    this.busy.set(true);
    this.error.set(null);
    try {
      const { recoveryCode } = await firstValueFrom(this.recoveryApi.renewRecoveryCode(this.form.getRawValue()));
      this.form.reset();
      this.recoveryCode.set(recoveryCode);
    } catch (err) {
      this.error.set(apiErrorMessage(err, this.translate));
    } finally {
      this.busy.set(false);
    }
  }
}
