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
import { LocalisedText, SkillsQuestion } from '@lc/shared-contracts';

/**
 * One question of the assessment and its "save and continue" button. The choice is sent only when the citizen
 * confirms it, so a choice is never changed once the next question depends on it.
 */
@Component({
  selector: 'lp-skills-question-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatRadioModule, MatCheckboxModule, MatButtonModule, TranslatePipe],
  templateUrl: './skills-question-form.html',
  styleUrl: './skills-question-form.scss',
})
export class SkillsQuestionForm {
  readonly question = input.required<SkillsQuestion>();
  readonly lang = input<'vi' | 'en'>('vi');
  readonly saving = input(false);
  readonly submitted = output<string[]>();

  private readonly legend = viewChild.required<ElementRef<HTMLElement>>('legend');

  /** A new question starts with nothing chosen. */
  protected readonly chosen = linkedSignal<SkillsQuestion, string[]>({
    source: this.question,
    computation: () => [],
  });
  protected readonly firstChosen = computed(() => this.chosen().at(0) ?? null);
  protected readonly multiple = computed(() => this.question().type === 'multiple_choice');
  protected readonly supported = computed(() =>
    ['single_choice', 'multiple_choice', 'true_false'].includes(this.question().type),
  );

  /** Moves focus to the question, so a screen reader reads the new one after an answer is saved. */
  focus(): void {
    this.legend().nativeElement.focus();
  }

  protected text(value: LocalisedText): string {
    return this.lang() === 'en' && value.en ? value.en : value.vi;
  }

  protected toggle(optionId: string, checked: boolean): void {
    this.chosen.update((ids) =>
      checked ? [...ids.filter((id) => id !== optionId), optionId] : ids.filter((id) => id !== optionId),
    );
  }

  protected submit(event: Event): void {
    event.preventDefault();
    if (this.chosen().length && !this.saving()) this.submitted.emit(this.chosen());
  }
}
