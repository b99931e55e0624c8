import { ChangeDetectionStrategy, Component, ElementRef, inject, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { EDITOR_LIMITS } from '@lc/shared-contracts';
import { errorText } from '../editor-controls';
import { QuestionForm, QuizForm, applyQuestionType, createOption, createQuestion } from '../quiz-form';

/** A practice quiz's questions: one answer, several answers, or true-false, each with its feedback. */
@Component({
  selector: 'lp-practice-quiz-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatCheckboxModule,
    MatRadioModule,
    MatButtonModule,
    TranslatePipe,
  ],
  templateUrl: './practice-quiz-form.html',
  styleUrl: '../editor-form.scss',
})
export class PracticeQuizForm {
  readonly form = input.required<QuizForm>();
  readonly submitted = input(false);

  protected readonly limits = EDITOR_LIMITS;
  protected readonly errorText = errorText;
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected get questions() {
    return this.form().controls.questions;
  }

  protected typeChanged(question: QuestionForm): void {
    applyQuestionType(question);
  }

  /** A one-answer question: choosing a right answer un-chooses the others. */
  protected markOnlyRight(question: QuestionForm, index: number): void {
    question.controls.options.controls.forEach((o, j) => o.controls.correct.setValue(j === index));
    question.markAsTouched();
  }

  protected showRightError(question: QuestionForm): boolean {
    return !!question.errors && (question.touched || this.submitted());
  }

  protected addQuestion(): void {
    this.questions.push(createQuestion());
    this.focusLast('.editor-item', 'textarea');
  }

  protected removeQuestion(index: number): void {
    this.questions.removeAt(index);
  }

  protected addOption(question: QuestionForm, index: number): void {
    question.controls.options.push(createOption());
    this.focusLast(`.editor-item:nth-of-type(${index + 1}) .quiz-option`, 'input');
  }

  protected removeOption(question: QuestionForm, index: number): void {
    question.controls.options.removeAt(index);
    question.updateValueAndValidity();
  }

  private focusLast(items: string, field: string): void {
    setTimeout(() => {
      const all = this.host.nativeElement.querySelectorAll<HTMLElement>(items);
      all[all.length - 1]?.querySelector<HTMLElement>(field)?.focus();
    });
  }
}
