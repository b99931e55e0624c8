import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { SessionStore, injectFormErrors } from '@lc/web-shared-data-access';
import { ErrorSummary, PageHeading } from '@lc/web-shared-ui';
import { loginOf } from '../citizen-id-input/login-text';

/** Only same-site paths: never send the user to another origin after sign-in. */
export function safeReturnUrl(url: string | null | undefined): string {
  return url && url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/\\') ? url : '/';
}

@Component({
  selector: 'lp-login-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    RouterLink,
    TranslatePipe,
    PageHeading,
    ErrorSummary,
  ],
  templateUrl: './login-page.html',
})
export class LoginPage {
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);

  /** From the query string (?returnUrl=…), bound by withComponentInputBinding. */
  readonly returnUrl = input<string | undefined>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    login: ['', Validators.required],
    password: ['', Validators.required],
  });
  protected readonly busy = signal(false);
  // A wrong ID or password is one problem of the whole form: saying which would tell whether an ID is registered.
  protected readonly errors = injectFormErrors();

  protected async submit(): Promise<void> {
    if (!this.errors.check(this.form, (field) => `identity.login.${field}Required`)) return;
    this.busy.set(true);
    try {
      const { login, password } = this.form.getRawValue();
      // An ID number copied in groups ("001 185 001 234") signs in as its digits.
      await this.session.login({ login: loginOf(login), password });
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
    } catch (err) {
      this.errors.fail(err, this.form);
    } finally {
      this.busy.set(false);
    }
  }
}
