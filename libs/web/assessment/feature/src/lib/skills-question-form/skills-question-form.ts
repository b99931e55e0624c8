import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  input,
  linkedSignal,
  output,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatRadioModule } from '@angular/material/radio';
import { TranslatePipe } from '@ngx-translate/core';
import { ItemResponse, LocalisedText, SkillsQuestion } from '@lc/shared-contracts';
import { ItemAnswer } from '../item-answer/item-answer';
import { hasAnswer, ITEM_ANSWER_TYPES } from '../item-answer/answer-rules';

/**
 * One question of the assessment and its "save and continue" button. The choice is sent only when the citizen
 * confirms it, so a choice is never changed once the next question depends on it.
 */
@Component({
  selector: 'lp-skills-question-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatRadioModule, MatCheckboxModule, MatButtonModule, TranslatePipe, ItemAnswer],
  templateUrl: './skills-question-form.html',
  styleUrl: './skills-question-form.scss',
})
export class SkillsQuestionForm {
  readonly question = input.required<SkillsQuestion>();
  readonly lang = input<'vi' | 'en'>('vi');
  readonly saving = input(false);
  readonly submitted = output<ItemResponse>();

  private readonly legend = viewChild.required<ElementRef<HTMLElement>>('legend');

  /** A new question starts with nothing chosen; an ordering question with the order it came in. */
  protected readonly response = linkedSignal<SkillsQuestion, ItemResponse>({
    source: this.question,
    computation: (q) => ({ optionIds: q.type === 'ordering' ? q.options.map((o) => o.id) : [] }),
  });
  protected readonly chosen = computed(() => this.response().optionIds);
  protected readonly answered = computed(() => hasAnswer(this.response()));
  protected readonly firstChosen = computed(() => this.chosen().at(0) ?? null);
  protected readonly kind = computed(() => {
    const type = this.question().type;
    if (type === 'multiple_choice') return 'multiple';
    if (type === 'single_choice' || type === 'true_false') return 'single';
    return ITEM_ANSWER_TYPES.includes(type) ? 'other' : 'unsupported';
  });

  /** Moves focus to the question, so a screen reader reads the new one after an answer is saved. */
  focus(): void {
    this.legend().nativeElement.focus();
  }

  protected text(value: LocalisedText): string {
    return this.lang() === 'en' && value.en ? value.en : value.vi;
  }

  protected toggle(optionId: string, checked: boolean): void {
    const ids = this.chosen().filter((id) => id !== optionId);
    this.response.set({ optionIds: checked ? [...ids, optionId] : ids });
  }

  protected submit(event: Event): void {
    event.preventDefault();
    if (this.answered() && !this.saving()) this.submitted.emit(this.response());
  }
}
