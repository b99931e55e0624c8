import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ItemReviewQueue, ProblemReportView } from '@lc/shared-contracts';
import { ItemBankApi } from '@lc/web-assessment-data-access';
import { LanguageStore, apiErrorMessage } from '@lc/web-shared-data-access';
import { ErrorBanner, LoadingIndicator, PageHeading } from '@lc/web-shared-ui';
import { firstValueFrom } from 'rxjs';
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
  templateUrl: './item-review-page.html',
  styleUrl: '../item-bank.scss',
})
export class ItemReviewPage {
  private readonly api = inject(ItemBankApi);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageStore);

  protected readonly queue = signal<ItemReviewQueue | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly status = signal('');

  constructor() {
    void this.load();
  }

  protected onDecided(itemId: string, message: string): void {
    this.status.set(message);
    this.queue.update((q) => q && { ...q, items: q.items.filter((i) => i.id !== itemId) });
  }

  protected async close(report: ProblemReportView): Promise<void> {
    this.error.set(null);
    try {
      await firstValueFrom(this.api.closeReport(report.id));
      this.status.set(this.translate.instant('itemBank.review.closed'));
      this.queue.update((q) => q && { ...q, reports: q.reports.filter((r) => r.id !== report.id) });
    } catch (err) {
      this.error.set(apiErrorMessage(err, this.translate));
    }
  }

  private async load(): Promise<void> {
    try {
      this.queue.set(await firstValueFrom(this.api.queue()));
    } catch (err) {
      this.error.set(apiErrorMessage(err, this.translate));
    }
  }
}
