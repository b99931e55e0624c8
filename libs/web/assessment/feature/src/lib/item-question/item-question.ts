import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatRadioModule } from '@angular/material/radio';
import { TranslatePipe } from '@ngx-translate/core';
import { DeliveredItem, ItemResponse, LocalisedText } from '@lc/shared-contracts';
import { SaveState } from '@lc/web-assessment-data-access';
import { ItemAnswer } from '../item-answer/item-answer';
import { ManyChoices } from './many-choices';
import { ITEM_ANSWER_TYPES } from '../item-answer/answer-rules';

/**
 * One test item as a fieldset: radios for one answer, checkboxes for several, the answer controls of the others.
 * The radios are part of the page (most items have one answer); the other controls are deferred, so a test
 * downloads those of its own item types only, after its first question is on screen (docs/adr/0036).
 */
@Component({
  selector: 'lp-item-question',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatRadioModule, MatButtonModule, TranslatePipe, ItemAnswer, ManyChoices],
  templateUrl: './item-question.html',
  styleUrl: './item-question.scss',
})
export class ItemQuestion {
  readonly item = input.required<DeliveredItem>();
  readonly index = input.required<number>();
  readonly lang = input<'vi' | 'en'>('vi');
  readonly response = input<ItemResponse | undefined>();
  readonly saveState = input<SaveState | undefined>();
  readonly disabled = input(false);
  readonly answer = output<ItemResponse>();
  readonly retry = output<void>();

  protected readonly selected = computed(() => this.response()?.optionIds ?? []);
  protected readonly firstSelected = computed<string | null>(() => this.selected().at(0) ?? null);
  protected readonly kind = computed(() => {
    const type = this.item().type;
    if (type === 'single_choice' || type === 'true_false') return 'single';
    if (type === 'multiple_choice') return 'multiple';
    return ITEM_ANSWER_TYPES.includes(type) ? 'other' : 'unsupported';
  });

  protected text(value: LocalisedText): string {
    return this.lang() === 'en' && value.en ? value.en : value.vi;
  }
}
