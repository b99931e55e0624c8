import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatRadioModule } from '@angular/material/radio';
import { TranslatePipe } from '@ngx-translate/core';
import { DeliveredItem, LocalisedText } from '@lc/shared-contracts';
import { SaveState } from '@lc/web-assessment-data-access';

/** One test item as a fieldset: radios for one answer, checkboxes for several. */
@Component({
  selector: 'lp-item-question',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatRadioModule, MatCheckboxModule, MatButtonModule, TranslatePipe],
  templateUrl: './item-question.html',
  styleUrl: './item-question.scss',
})
export class ItemQuestion {
  readonly item = input.required<DeliveredItem>();
  readonly index = input.required<number>();
  readonly lang = input<'vi' | 'en'>('vi');
  readonly selected = input<string[]>([]);
  readonly saveState = input<SaveState | undefined>();
  readonly disabled = input(false);
  readonly answer = output<string[]>();
  readonly retry = output<void>();

  protected readonly firstSelected = computed<string | null>(() => this.selected().at(0) ?? null);
  protected readonly kind = computed(() => {
    const type = this.item().type;
    if (type === 'single_choice' || type === 'true_false') return 'single';
    if (type === 'multiple_choice') return 'multiple';
    return 'unsupported';
  });

  protected text(value: LocalisedText): string {
    return this.lang() === 'en' && value.en ? value.en : value.vi;
  }

  protected toggle(optionId: string, checked: boolean): void {
    const current = this.selected().filter((id) => id !== optionId);
    this.answer.emit(checked ? [...current, optionId] : current);
  }
}
