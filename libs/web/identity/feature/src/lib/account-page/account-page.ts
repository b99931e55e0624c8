import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, ElementRef, effect, inject, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { RecoveryCodeStore } from '@lc/web-identity-data-access';
import { SessionStore, UiText } from '@lc/web-shared-data-access';
import { ErrorBanner, PageHeading } from '@lc/web-shared-ui';
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
  providers: [RecoveryCodeStore],
  templateUrl: './account-page.html',
})
export class AccountPage {
  protected readonly store = inject(RecoveryCodeStore);
  protected readonly ui = inject(UiText);
  protected readonly session = inject(SessionStore);

  protected readonly form = inject(NonNullableFormBuilder).group({ password: ['', Validators.required] });
  private readonly card = viewChild(RecoveryCodeCard, { read: ElementRef });

  constructor() {
    effect(() => (this.card()?.nativeElement as HTMLElement | undefined)?.scrollIntoView({ block: 'nearest' }));
  }

  protected async renew(): Promise<void> {
    if (this.form.invalid) return this.form.markAllAsTouched();
    if (await this.store.renew(this.form.getRawValue())) this.form.reset();
  }
}
