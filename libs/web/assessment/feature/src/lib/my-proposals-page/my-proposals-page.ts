import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ReviewedItem } from '@lc/shared-contracts';
import { ItemBankApi } from '@lc/web-assessment-data-access';
import { LanguageStore, apiErrorMessage } from '@lc/web-shared-data-access';
import { ErrorBanner, LoadingIndicator, PageHeading } from '@lc/web-shared-ui';
import { firstValueFrom } from 'rxjs';

/** A trainer's own proposals with where each stands and, when returned, the reviewer's reasons. */
@Component({
  selector: 'lp-my-proposals-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, TranslatePipe, PageHeading, ErrorBanner, LoadingIndicator],
  templateUrl: './my-proposals-page.html',
  styleUrl: '../item-bank.scss',
})
export class MyProposalsPage {
  private readonly api = inject(ItemBankApi);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageStore);

  protected readonly items = signal<ReviewedItem[] | null>(null);
  protected readonly error = signal<string | null>(null);
  /** Set when the form just sent a proposal, so the list says so. */
  protected readonly sent = !!inject(DOCUMENT).defaultView?.history.state?.['sent'];

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.items.set(await firstValueFrom(this.api.mine()));
    } catch (err) {
      this.error.set(apiErrorMessage(err, this.translate));
    }
  }
}
