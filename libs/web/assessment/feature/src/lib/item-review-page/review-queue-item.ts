import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { ReviewAction, ReviewedItem } from '@lc/shared-contracts';
import { ItemReviewStore } from '@lc/web-assessment-data-access';
import { LanguageStore, UiText } from '@lc/web-shared-data-access';
import { ReviewedItemView } from './reviewed-item-view';

let nextId = 0;

/** One waiting item and the reviewer's three choices; a return needs a reason the author will read. */
@Component({
  selector: 'lp-review-queue-item',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe, ReviewedItemView],
  templateUrl: './review-queue-item.html',
  styleUrl: '../item-bank.scss',
})
export class ReviewQueueItem {
  private readonly store = inject(ItemReviewStore);
  protected readonly ui = inject(UiText);
  protected readonly language = inject(LanguageStore);

  readonly item = input.required<ReviewedItem>();

  protected readonly id = `review-item-${nextId++}`;
  protected readonly busy = computed(() => this.store.deciding().has(this.item().id));
  protected readonly error = computed(() => this.store.itemErrors()[this.item().id] ?? null);
  protected readonly reason = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(1000)],
  });

  protected decide(action: ReviewAction): void {
    if (action === 'return' && this.reason.invalid) return this.reason.markAsTouched();
    void this.store.decide(this.item().id, action, action === 'return' ? [this.reason.value.trim()] : undefined);
  }
}
