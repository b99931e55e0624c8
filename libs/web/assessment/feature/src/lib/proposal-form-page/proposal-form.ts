import { AbstractControl, FormArray, FormControl, FormGroup, ValidationErrors, Validators } from '@angular/forms';
import { ItemProposalRequest, ProposableType, ReviewedItem } from '@lc/shared-contracts';

export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 6;

const text = (value = '', max = 1000) =>
  new FormControl(value, { nonNullable: true, validators: [Validators.required, Validators.maxLength(max)] });

export type ProposalOptionForm = FormGroup<{
  vi: FormControl<string>;
  en: FormControl<string>;
  correct: FormControl<boolean>;
}>;

export type ProposalForm = FormGroup<{
  type: FormControl<ProposableType>;
  competence: FormControl<string>;
  level: FormControl<number>;
  stemVi: FormControl<string>;
  stemEn: FormControl<string>;
  options: FormArray<ProposalOptionForm>;
  explanationVi: FormControl<string>;
  explanationEn: FormControl<string>;
}>;

/** The same rule as the API's: one right option for a one-answer question, at least one otherwise. */
export function proposalKeyValidator(control: AbstractControl): ValidationErrors | null {
  const form = control as ProposalForm;
  const correct = form.controls.options.controls.filter((o) => o.controls.correct.value).length;
  if (form.controls.type.value === 'single_choice') return correct === 1 ? null : { correctSingle: true };
  return correct >= 1 ? null : { correctMultiple: true };
}

export function createProposalOption(vi = '', en = '', correct = false): ProposalOptionForm {
  return new FormGroup({
    vi: text(vi, 500),
    en: text(en, 500),
    correct: new FormControl(correct, { nonNullable: true }),
  });
}

export function createProposalForm(item?: ReviewedItem): ProposalForm {
  const options = item
    ? item.options.map((o) => createProposalOption(o.text.vi, o.text.en ?? '', item.correctOptionIds.includes(o.id)))
    : Array.from({ length: MIN_OPTIONS }, () => createProposalOption());
  return new FormGroup(
    {
      type: new FormControl<ProposableType>(item?.type === 'multiple_choice' ? 'multiple_choice' : 'single_choice', {
        nonNullable: true,
      }),
      competence: new FormControl(item?.competence ?? '', { nonNullable: true, validators: Validators.required }),
      level: new FormControl(item?.level ?? 1, { nonNullable: true, validators: Validators.required }),
      stemVi: text(item?.stem.vi),
      stemEn: text(item?.stem.en),
      options: new FormArray(options),
      explanationVi: text(item?.explanation?.vi),
      explanationEn: text(item?.explanation?.en),
    },
    { validators: proposalKeyValidator },
  );
}

export function toProposalRequest(form: ProposalForm, revises?: string): ItemProposalRequest {
  const v = form.getRawValue();
  return {
    type: v.type,
    competence: v.competence,
    level: v.level,
    stem: { vi: v.stemVi.trim(), en: v.stemEn.trim() },
    options: v.options.map((o) => ({ vi: o.vi.trim(), en: o.en.trim() })),
    correct: v.options.flatMap((o, i) => (o.correct ? [i] : [])),
    explanation: { vi: v.explanationVi.trim(), en: v.explanationEn.trim() },
    ...(revises ? { revises } : {}),
  };
}
