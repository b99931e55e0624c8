import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ReviewAction, ReviewedItem } from '@lc/shared-contracts';
import { ItemBankApi } from '@lc/web-assessment-data-access';
import { LanguageStore, apiErrorMessage } from '@lc/web-shared-data-access';
import { firstValueFrom } from 'rxjs';
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
  private readonly api = inject(ItemBankApi);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageStore);

  readonly item = input.required<ReviewedItem>();
  /** The item left the queue; carries what to announce. */
  readonly decided = output<string>();

  protected readonly id = `review-item-${nextId++}`;
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly reason = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(1000)],
  });

  protected async decide(action: ReviewAction): Promise<void> {
    if (action === 'return' && this.reason.invalid) return this.reason.markAsTouched();
    this.busy.set(true);
    this.error.set(null);
    try {
      const reasons = action === 'return' ? [this.reason.value.trim()] : undefined;
      await firstValueFrom(this.api.decide(this.item().id, { action, reasons }));
      const key = { publish: 'published', return: 'returned', retire: 'retired' }[action];
      this.decided.emit(this.translate.instant(`itemBank.review.${key}`));
    } catch (err) {
      this.error.set(apiErrorMessage(err, this.translate));
    } finally {
      this.busy.set(false);
    }
  }
}
