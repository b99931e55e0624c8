import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { DeliveredItem, ItemResponse, LocalisedText } from '@lc/shared-contracts';

/**
 * The checkboxes of a multiple-choice item. A component of its own so that `ItemQuestion` can defer it: a test
 * without such an item never downloads the checkbox.
 */
@Component({
  selector: 'lp-many-choices',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatCheckboxModule],
  templateUrl: './many-choices.html',
})
export class ManyChoices {
  readonly options = input.required<DeliveredItem['options']>();
  readonly lang = input<'vi' | 'en'>('vi');
  readonly selected = input<readonly string[]>([]);
  readonly disabled = input(false);
  readonly answer = output<ItemResponse>();

  protected text(value: LocalisedText): string {
    return this.lang() === 'en' && value.en ? value.en : value.vi;
  }

  protected toggle(optionId: string, checked: boolean): void {
    const current = this.selected().filter((id) => id !== optionId);
    this.answer.emit({ optionIds: checked ? [...current, optionId] : current });
  }
}
