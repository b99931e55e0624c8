import { AbstractControl, FormArray, FormControl, FormGroup, ValidationErrors, Validators } from '@angular/forms';
import { ItemPicture, ItemProposalRequest, ProposableType, ReviewedItem } from '@lc/shared-contracts';

export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 6;

const text = (value = '', max = 1000) =>
  new FormControl(value, { nonNullable: true, validators: [Validators.required, Validators.maxLength(max)] });

export type ProposalOptionForm = FormGroup<{
  vi: FormControl<string>;
  en: FormControl<string>;
  correct: FormControl<boolean>;
}>;

/** The picture and its alt text; the alt fields are enabled (and so required) only while there is a picture. */
export type ProposalPictureForm = FormGroup<{
  src: FormControl<string>;
  width: FormControl<number>;
  height: FormControl<number>;
  altVi: FormControl<string>;
  altEn: FormControl<string>;
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
  picture: ProposalPictureForm;
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

export function createPictureForm(image?: ItemPicture): ProposalPictureForm {
  const group = new FormGroup({
    src: new FormControl(image?.src ?? '', { nonNullable: true }),
    width: new FormControl(image?.width ?? 0, { nonNullable: true }),
    height: new FormControl(image?.height ?? 0, { nonNullable: true }),
    altVi: text(image?.alt.vi, 300),
    altEn: text(image?.alt.en, 300),
  });
  setPicture(group, image ?? null);
  return group;
}

/** Puts a picture in the form (or takes it out): alt text is asked for exactly when there is one. */
export function setPicture(group: ProposalPictureForm, image: Omit<ItemPicture, 'alt'> | null): void {
  group.patchValue({ src: image?.src ?? '', width: image?.width ?? 0, height: image?.height ?? 0 });
  for (const alt of [group.controls.altVi, group.controls.altEn]) {
    if (image) alt.enable();
    else alt.disable();
  }
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
      picture: createPictureForm(item?.image),
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
    ...(v.picture.src ? { picture: toPicture(v.picture) } : {}),
    ...(revises ? { revises } : {}),
  };
}

const toPicture = (p: ReturnType<ProposalPictureForm['getRawValue']>): ItemPicture => ({
  src: p.src,
  width: p.width,
  height: p.height,
  alt: { vi: p.altVi.trim(), en: p.altEn.trim() },
});
