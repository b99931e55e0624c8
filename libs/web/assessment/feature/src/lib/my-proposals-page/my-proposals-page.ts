import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { MyProposalsStore } from '@lc/web-assessment-data-access';
import { LanguageStore, UiText } from '@lc/web-shared-data-access';
import { ErrorBanner, LoadingIndicator, PageHeading } from '@lc/web-shared-ui';

/** A trainer's own proposals with where each stands and, when returned, the reviewer's reasons. */
@Component({
  selector: 'lp-my-proposals-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, TranslatePipe, PageHeading, ErrorBanner, LoadingIndicator],
  providers: [MyProposalsStore],
  templateUrl: './my-proposals-page.html',
  styleUrl: '../item-bank.scss',
})
export class MyProposalsPage {
  protected readonly store = inject(MyProposalsStore);
  protected readonly ui = inject(UiText);
  protected readonly language = inject(LanguageStore);

  /** Set when the form just sent a proposal, so the list says so. */
  protected readonly sent = !!inject(DOCUMENT).defaultView?.history.state?.['sent'];

  constructor() {
    void this.store.load();
  }
}
