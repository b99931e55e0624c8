import { Location } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { ItemResponse, TestPreview } from '@lc/shared-contracts';
import { AttemptsApi } from '@lc/web-assessment-data-access';
import { TestPreviewStore } from '@lc/web-catalog-data-access';
import { LanguageStore, apiErrorMessage } from '@lc/web-shared-data-access';
import { ErrorBanner, LoadingIndicator, PageHeading } from '@lc/web-shared-ui';
import { ItemQuestion } from '../item-question/item-question';
import { toPreviewItems } from './preview-items';

/**
 * A trainer's test with the citizen's own question components: the unsaved one from the editor (/tests/preview),
 * or a saved one (/tests/:testId/preview) as the API delivers it to learners. Answers stay on this page: nothing is
 * sent, saved or graded, and the key never reaches it (see toPreviewItems and the API's TestPreviewService).
 */
@Component({
  selector: 'lp-test-preview-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, TranslatePipe, PageHeading, ErrorBanner, LoadingIndicator, ItemQuestion],
  templateUrl: './test-preview-page.html',
  styleUrl: './test-preview-page.scss',
})
export class TestPreviewPage {
  protected readonly language = inject(LanguageStore);
  protected readonly draft = inject(TestPreviewStore).draft;
  private readonly api = inject(AttemptsApi);
  private readonly translate = inject(TranslateService);
  private readonly location = inject(Location);

  /** Route parameter :testId of a saved test; absent for the unsaved one. */
  readonly testId = input<string>();

  protected readonly saved = signal<TestPreview | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly title = computed(() => {
    const saved = this.saved();
    return saved ? this.language.text(saved.title) : this.testId() ? '' : (this.draft()?.test.title ?? '');
  });
  protected readonly items = computed(() => {
    if (this.testId()) return this.saved()?.items ?? [];
    const draft = this.draft();
    return draft ? toPreviewItems(draft.test) : [];
  });
  protected readonly responses = signal<Record<string, ItemResponse>>({});

  constructor() {
    effect(() => {
      const testId = this.testId();
      if (testId) void this.load(testId);
    });
  }

  protected choose(itemId: string, response: ItemResponse): void {
    this.responses.update((all) => ({ ...all, [itemId]: response }));
  }

  protected back(): void {
    this.location.back();
  }

  private async load(testId: string): Promise<void> {
    this.error.set(null);
    this.saved.set(null);
    this.responses.set({});
    try {
      this.saved.set(await firstValueFrom(this.api.preview(testId)));
    } catch (err) {
      this.error.set(apiErrorMessage(err, this.translate));
    }
  }
}
