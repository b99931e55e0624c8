import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ItemResponse } from '@lc/shared-contracts';
import { TestPreviewStore } from '@lc/web-catalog-data-access';
import { LanguageStore } from '@lc/web-shared-data-access';
import { PageHeading } from '@lc/web-shared-ui';
import { ItemQuestion } from '../item-question/item-question';
import { toPreviewItems } from './preview-items';

/**
 * A trainer's unsaved test with the citizen's own question components. Answers stay on this page: nothing is sent,
 * saved or graded, and the key never reaches it (see toPreviewItems).
 */
@Component({
  selector: 'lp-test-preview-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, TranslatePipe, PageHeading, ItemQuestion],
  templateUrl: './test-preview-page.html',
  styleUrl: './test-preview-page.scss',
})
export class TestPreviewPage {
  protected readonly language = inject(LanguageStore);
  protected readonly draft = inject(TestPreviewStore).draft;
  protected readonly items = computed(() => {
    const draft = this.draft();
    return draft ? toPreviewItems(draft.test) : [];
  });
  protected readonly responses = signal<Record<string, ItemResponse>>({});

  protected choose(itemId: string, response: ItemResponse): void {
    this.responses.update((all) => ({ ...all, [itemId]: response }));
  }
}
