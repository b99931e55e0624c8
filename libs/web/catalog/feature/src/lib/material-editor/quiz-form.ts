import { AbstractControl, FormArray, FormControl, FormGroup, ValidationErrors, Validators } from '@angular/forms';
import { EDITOR_LIMITS as L, EditorQuizOption, EditorQuizParams, EditorQuizQuestion } from '@lc/shared-contracts';
import { langControl, numberControl, optional, textControl, titleControl } from './editor-controls';

export type QuestionType = EditorQuizQuestion['type'];

export type OptionForm = FormGroup<{
  text: FormControl<string>;
  correct: FormControl<boolean>;
  feedback: FormControl<string>;
}>;
export type QuestionForm = FormGroup<{
  type: FormControl<QuestionType>;
  text: FormControl<string>;
  options: FormArray<OptionForm>;
  /** True-false: whether the statement is true. */
  correct: FormControl<boolean>;
  feedbackCorrect: FormControl<string>;
  feedbackWrong: FormControl<string>;
}>;
export type QuizForm = FormGroup<{
  title: FormControl<string>;
  lang: FormControl<EditorQuizParams['lang']>;
  passPercent: FormControl<number>;
  questions: FormArray<QuestionForm>;
}>;

/** One right answer for a one-answer question, at least one for several; true-false has no options. */
export function rightAnswersValidator(control: AbstractControl): ValidationErrors | null {
  const q = control as QuestionForm;
  const type = q.controls.type.value;
  if (type === 'truefalse') return null;
  const right = q.controls.options.controls.filter((o) => o.controls.correct.value).length;
  if (type === 'single') return right === 1 ? null : { rightSingle: true };
  return right >= 1 ? null : { rightMultiple: true };
}

export function createOption(option: Partial<EditorQuizOption> = {}): OptionForm {
  return new FormGroup({
    text: textControl(option.text ?? ''),
    correct: new FormControl(option.correct ?? false, { nonNullable: true }),
    feedback: textControl(option.feedback ?? '', { required: false }),
  });
}

export function createQuestion(question: Partial<EditorQuizQuestion> = {}): QuestionForm {
  const options = question.options?.length ? question.options : [{}, {}];
  const form: QuestionForm = new FormGroup(
    {
      type: new FormControl<QuestionType>(question.type ?? 'single', { nonNullable: true }),
      text: textControl(question.text ?? '', { max: L.textMax }),
      options: new FormArray(options.map(createOption), [
        Validators.minLength(L.optionsMin),
        Validators.maxLength(L.optionsMax),
      ]),
      correct: new FormControl(question.type === 'truefalse' ? (question.correct ?? false) : false, {
        nonNullable: true,
      }),
      feedbackCorrect: textControl(question.feedbackCorrect ?? '', { required: false }),
      feedbackWrong: textControl(question.feedbackWrong ?? '', { required: false }),
    },
    { validators: rightAnswersValidator },
  );
  applyQuestionType(form);
  return form;
}

/** A true-false question has no options to check: they are switched off until the type changes back. */
export function applyQuestionType(question: QuestionForm): void {
  const { options } = question.controls;
  if (question.controls.type.value === 'truefalse') options.disable({ emitEvent: false });
  else options.enable({ emitEvent: false });
  question.updateValueAndValidity();
}

export function createQuizForm(params?: EditorQuizParams): QuizForm {
  const questions = params?.questions.length ? params.questions : [{}];
  return new FormGroup({
    title: titleControl(params?.title),
    lang: langControl(params?.lang),
    passPercent: numberControl(params?.passPercent ?? 60, 0, 100),
    questions: new FormArray(questions.map(createQuestion), [
      Validators.minLength(1),
      Validators.maxLength(L.questionsMax),
    ]),
  });
}

export function toQuizParams(form: QuizForm): EditorQuizParams {
  const value = form.getRawValue();
  return {
    title: value.title.trim(),
    lang: value.lang,
    passPercent: Number(value.passPercent),
    questions: value.questions.map((q): EditorQuizQuestion => {
      const feedback = {
        ...optional('feedbackCorrect', q.feedbackCorrect),
        ...optional('feedbackWrong', q.feedbackWrong),
      };
      if (q.type === 'truefalse') return { type: q.type, text: q.text.trim(), correct: q.correct, ...feedback };
      const options = q.options.map((o) => ({
        text: o.text.trim(),
        correct: o.correct,
        ...optional('feedback', o.feedback),
      }));
      return { type: q.type, text: q.text.trim(), options, ...feedback };
    }),
  };
}
