import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { DecisionDocument, DecisionsStore } from '@lc/web-certification-data-access';
import { DecisionSummary } from '@lc/shared-contracts';
import { ErrorBanner, LoadingIndicator, PageHeading, saveBlob } from '@lc/web-shared-ui';
import { TranslatePipe } from '@ngx-translate/core';
import { UiText } from '@lc/web-shared-data-access';

/** The commune's decisions, each with its PDF and its annex spreadsheet to download. */
@Component({
  selector: 'lp-decisions-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [DecisionsStore],
  imports: [DatePipe, RouterLink, MatButtonModule, TranslatePipe, PageHeading, ErrorBanner, LoadingIndicator],
  templateUrl: './decisions-page.html',
  styleUrl: './decisions-page.scss',
})
export class DecisionsPage {
  protected readonly store = inject(DecisionsStore);
  protected readonly ui = inject(UiText);

  constructor() {
    this.store.load();
  }

  protected busy(d: DecisionSummary, kind: DecisionDocument): boolean {
    return this.store.downloading() === `${d.id}/${kind}`;
  }

  protected download(d: DecisionSummary, kind: DecisionDocument): void {
    this.store.download(d.id, kind, saveBlob);
  }
}
