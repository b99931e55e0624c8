import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ItemReviewStore } from '@lc/web-assessment-data-access';
import { LanguageStore, UiText } from '@lc/web-shared-data-access';
import { ErrorBanner, LoadingIndicator, PageHeading } from '@lc/web-shared-ui';
import { ReviewQueueItem } from './review-queue-item';
import { ReviewedItemView } from './reviewed-item-view';

/** The content reviewers' queue: proposed items to decide on, and citizens' problem reports with their item. */
@Component({
  selector: 'lp-item-review-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    RouterLink,
    TranslatePipe,
    PageHeading,
    ErrorBanner,
    LoadingIndicator,
    ReviewQueueItem,
    ReviewedItemView,
  ],
  providers: [ItemReviewStore],
  templateUrl: './item-review-page.html',
  styleUrl: '../item-bank.scss',
})
export class ItemReviewPage {
  protected readonly store = inject(ItemReviewStore);
  protected readonly ui = inject(UiText);
  protected readonly language = inject(LanguageStore);

  constructor() {
    void this.store.load();
  }
}
