import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, ElementRef, effect, inject, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { ResetCodeStore } from '@lc/web-identity-data-access';
import { UiText } from '@lc/web-shared-data-access';
import { ErrorBanner, PageHeading } from '@lc/web-shared-ui';
import { CitizenIdInput } from '../citizen-id-input/citizen-id-input';
import { loginOf, loginValidator } from '../citizen-id-input/login-text';

/**
 * A commune officer's desk: after checking a person's chip ID card in person, issue the one-time code with which
 * they set a new password (docs/adr/0017). The code shows once; nothing here keeps it.
 */
@Component({
  selector: 'lp-reset-code-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    DatePipe,
    MatFormFieldModule,
    MatInputModule,
    MatCheckboxModule,
    MatButtonModule,
    TranslatePipe,
    PageHeading,
    ErrorBanner,
    CitizenIdInput,
  ],
  providers: [ResetCodeStore],
  templateUrl: './reset-code-page.html',
  styleUrl: './reset-code-page.scss',
})
export class ResetCodePage {
  protected readonly store = inject(ResetCodeStore);
  protected readonly ui = inject(UiText);

  protected readonly form = inject(NonNullableFormBuilder).group({
    login: ['', [Validators.required, loginValidator]],
    idCardChecked: [false, Validators.requiredTrue],
  });
  private readonly result = viewChild<ElementRef<HTMLElement>>('result');
  private readonly loginInput = viewChild<ElementRef<HTMLInputElement>>('loginInput');

  constructor() {
    // The outcome takes the focus (it replaces the form); back at the form, the ID field does. Not on arrival.
    let arrived = false;
    effect(() => {
      const target = this.store.issued() ? this.result() : this.loginInput();
      if (arrived) target?.nativeElement.focus();
      arrived = true;
    });
  }

  protected async issue(): Promise<void> {
    if (this.form.invalid) return this.form.markAllAsTouched();
    await this.store.issue({ login: loginOf(this.form.getRawValue().login), idCardChecked: true });
  }

  protected another(): void {
    this.form.reset();
    this.store.clear();
  }
}
