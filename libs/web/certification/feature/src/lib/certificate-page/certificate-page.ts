import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, ViewEncapsulation, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { MyCertificatesStore, certificateQrUrl } from '@lc/web-certification-data-access';
import { ErrorBanner, LoadingIndicator, PageHeading, saveBlob } from '@lc/web-shared-ui';
import { TranslatePipe } from '@ngx-translate/core';
import { UiText } from '@lc/web-shared-data-access';

/**
 * The citizen's printable certificate. The certificate itself stays in Vietnamese whatever the UI language:
 * it is an official document (PRODUCT.md §7). Encapsulation is off so the print rules can hide the app shell.
 */
@Component({
  selector: 'lp-certificate-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  providers: [MyCertificatesStore],
  imports: [DatePipe, RouterLink, MatButtonModule, TranslatePipe, PageHeading, ErrorBanner, LoadingIndicator],
  templateUrl: './certificate-page.html',
  styleUrl: './certificate-page.scss',
})
export class CertificatePage {
  protected readonly store = inject(MyCertificatesStore);
  protected readonly ui = inject(UiText);
  protected readonly certificate = this.store.latest;
  protected readonly qrUrl = computed(() => {
    const certificate = this.certificate();
    return certificate ? certificateQrUrl(certificate.code) : null;
  });

  constructor() {
    this.store.load();
  }

  protected print(): void {
    window.print();
  }

  protected download(code: string, kind: 'credential' | 'pdf'): void {
    // The credential file is the JWT itself, signed: nothing else is needed to check it.
    this.store.download(code, kind, (file) =>
      saveBlob(file, kind === 'pdf' ? `giay-chung-nhan-${code}.pdf` : `cong-dan-hoc-tap-${code}.jwt`),
    );
  }
}
