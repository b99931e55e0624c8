import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, effect, inject, input, untracked } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router } from '@angular/router';
import { CertificateVerificationStore, CredentialCheckStore } from '@lc/web-certification-data-access';
import { ErrorBanner, LoadingIndicator, PageHeading } from '@lc/web-shared-ui';
import { TranslatePipe } from '@ngx-translate/core';
import { UiText } from '@lc/web-shared-data-access';

/** Codes are printed in capitals; people type them as they like. */
const normalise = (code: string) => code.replace(/\s+/g, '').toUpperCase();

/** Public check of a certificate by its code (the QR code links to /verify/:code). Shows only what the API allows. */
@Component({
  selector: 'lp-verify-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [CertificateVerificationStore, CredentialCheckStore],
  imports: [
    DatePipe,
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    PageHeading,
    ErrorBanner,
    LoadingIndicator,
  ],
  templateUrl: './verify-page.html',
  styleUrl: './verify-page.scss',
})
export class VerifyPage {
  /** The `:code` route parameter, absent on /verify. */
  readonly code = input<string>();

  protected readonly store = inject(CertificateVerificationStore);
  protected readonly ui = inject(UiText);
  private readonly router = inject(Router);
  protected readonly form = new FormGroup({
    code: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });

  protected readonly credentials = inject(CredentialCheckStore);
  protected readonly credentialForm = new FormGroup({
    credential: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });

  constructor() {
    // The router reuses this page from /verify/A to /verify/B, so the check follows the parameter, not the creation.
    effect(() => {
      const code = normalise(this.code() ?? '');
      untracked(() => {
        this.form.controls.code.setValue(code);
        if (code) this.store.check(code);
        else this.store.clear();
      });
    });
  }

  protected submit(): void {
    const code = normalise(this.form.controls.code.value);
    if (!code) {
      this.form.controls.code.markAsTouched();
      return;
    }
    // The same code again means "check once more" (it may have been revoked meanwhile): no navigation would happen.
    if (code === normalise(this.code() ?? '')) this.store.check(code);
    else void this.router.navigate(['/verify', code]);
  }

  protected async readCredentialFile(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    // A credential is a few KB; anything far larger is not one, and is not read into the page.
    if (!file || file.size > 20_000) return;
    this.credentialForm.controls.credential.setValue((await file.text()).trim());
    this.checkCredential();
  }

  protected checkCredential(): void {
    const credential = this.credentialForm.controls.credential.value.trim();
    if (!credential) {
      this.credentialForm.controls.credential.markAsTouched();
      return;
    }
    this.credentials.check(credential);
  }
}
