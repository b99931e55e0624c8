import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, effect, inject, input, untracked } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router } from '@angular/router';
import { CertificateVerificationStore } from '@lc/web-certification-data-access';
import { ErrorBanner, LoadingIndicator, PageHeading } from '@lc/web-shared-ui';
import { TranslatePipe } from '@ngx-translate/core';

/** Public check of a certificate by its code (the QR code links to /verify/:code). Shows only what the API allows. */
@Component({
  selector: 'lp-verify-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [CertificateVerificationStore],
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
  private readonly router = inject(Router);
  protected readonly codeControl = new FormControl('', { nonNullable: true, validators: [Validators.required] });

  constructor() {
    effect(() => {
      const code = this.code()?.trim();
      untracked(() => {
        this.codeControl.setValue(code ?? '');
        if (code) this.store.check(code);
        else this.store.clear();
      });
    });
  }

  protected submit(): void {
    const code = this.codeControl.value.trim();
    if (!code) {
      this.codeControl.markAsTouched();
      return;
    }
    if (code === this.code()) this.store.check(code);
    else void this.router.navigate(['/verify', code]);
  }
}
