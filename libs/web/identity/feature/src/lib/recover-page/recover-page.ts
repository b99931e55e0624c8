import { ChangeDetectionStrategy, Component, ElementRef, effect, inject, input, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { RECOVERY_METHODS, RecoveryMethod } from '@lc/shared-contracts';
import { PasswordResetStore } from '@lc/web-identity-data-access';
import { injectFormErrors } from '@lc/web-shared-data-access';
import { ErrorSummary, PageHeading } from '@lc/web-shared-ui';
import { CitizenIdInput } from '../citizen-id-input/citizen-id-input';
import { loginOf, loginValidator } from '../citizen-id-input/login-text';
import { RecoveryCodeCard } from '../recovery-code-card/recovery-code-card';

const RECOVER_PROBLEMS: Record<string, string> = {
  login: 'identity.register.errors.citizenId',
  code: 'identity.recover.codeRequired',
  newPassword: 'identity.register.errors.password',
};

/**
 * "Quên mật khẩu?": a new password with a reset code from a commune officer, or with the person's own recovery
 * code (docs/adr/0017). Afterwards the person is signed in and sees their new recovery code, once.
 */
@Component({
  selector: 'lp-recover-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    MatButtonModule,
    RouterLink,
    TranslatePipe,
    PageHeading,
    ErrorSummary,
    CitizenIdInput,
    RecoveryCodeCard,
  ],
  providers: [PasswordResetStore],
  templateUrl: './recover-page.html',
  styleUrl: './recover-page.scss',
})
export class RecoverPage {
  protected readonly store = inject(PasswordResetStore);

  /** ?method=recovery_code opens the second way; bound by withComponentInputBinding. */
  readonly method = input<string | undefined>();

  protected readonly methods = RECOVERY_METHODS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    method: ['reset_code' as RecoveryMethod, Validators.required],
    login: ['', [Validators.required, loginValidator]],
    code: ['', Validators.required],
    newPassword: ['', [Validators.required, Validators.minLength(8)]],
  });
  // RECOVERY_INVALID concerns the ID and the code alike (which one is never said), so it stays on the form.
  protected readonly errors = injectFormErrors();
  private readonly doneHeading = viewChild<ElementRef<HTMLElement>>('doneHeading');

  constructor() {
    effect(() => {
      const method = this.method();
      if (method && (RECOVERY_METHODS as readonly string[]).includes(method)) {
        this.form.controls.method.setValue(method as RecoveryMethod);
      }
    });
    // Screen reader and keyboard users land on the outcome, not at the top of a page that changed.
    effect(() => this.doneHeading()?.nativeElement.focus());
  }

  protected async submit(): Promise<void> {
    if (!this.errors.check(this.form, (field) => RECOVER_PROBLEMS[field] ?? 'shared.errors.unknown')) return;
    const { method, login, code, newPassword } = this.form.getRawValue();
    await this.store
      .reset({ method, login: loginOf(login), code, newPassword })
      .catch((err: unknown) => this.errors.fail(err, this.form));
  }
}
