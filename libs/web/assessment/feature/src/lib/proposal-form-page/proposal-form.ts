import { AbstractControl, FormArray, FormControl, FormGroup, ValidationErrors, Validators } from '@angular/forms';
import { ItemPicture, PROPOSAL_BOUNDS, ProposableType, ReviewedItem } from '@lc/shared-contracts';
import { ProposalPictureForm, createPictureForm } from './proposal-picture-form';

export const MIN_OPTIONS = PROPOSAL_BOUNDS.options.min;
export const MAX_OPTIONS = PROPOSAL_BOUNDS.options.max;

export const text = (value = '', max = 1000) =>
  new FormControl(value, { nonNullable: true, validators: [Validators.required, Validators.maxLength(max)] });

export type ProposalOptionForm = FormGroup<{
  vi: FormControl<string>;
  en: FormControl<string>;
  correct: FormControl<boolean>;
}>;
export type ProposalPairForm = FormGroup<{
  leftVi: FormControl<string>;
  leftEn: FormControl<string>;
  rightVi: FormControl<string>;
  rightEn: FormControl<string>;
}>;
/** A region in the picture's own pixels, as the server and the seeded items keep it. */
export type ProposalRegionForm = FormGroup<{
  x: FormControl<number>;
  y: FormControl<number>;
  width: FormControl<number>;
  height: FormControl<number>;
  labelVi: FormControl<string>;
  labelEn: FormControl<string>;
}>;

export type ProposalForm = FormGroup<{
  type: FormControl<ProposableType>;
  competence: FormControl<string>;
  level: FormControl<number>;
  stemVi: FormControl<string>;
  stemEn: FormControl<string>;
  options: FormArray<ProposalOptionForm>;
  truth: FormControl<boolean>;
  accepted: FormArray<FormControl<string>>;
  numeric: FormControl<boolean>;
  ignoreToneMarks: FormControl<boolean>;
  pairs: FormArray<ProposalPairForm>;
  regions: FormArray<ProposalRegionForm>;
  /** The index of the right region. */
  rightRegion: FormControl<number>;
  explanationVi: FormControl<string>;
  explanationEn: FormControl<string>;
  picture: ProposalPictureForm;
}>;

/** Which parts of the form each type fills: the others are disabled, so they neither validate nor travel. */
const PARTS: Record<ProposableType, (keyof ProposalForm['controls'])[]> = {
  single_choice: ['options'],
  multiple_choice: ['options'],
  true_false: ['truth'],
  short_answer: ['accepted', 'numeric', 'ignoreToneMarks'],
  ordering: ['options'],
  matching: ['pairs'],
  hotspot: ['regions', 'rightRegion'],
};
const TYPE_PARTS = [...new Set(Object.values(PARTS).flat())];

/** The same rules as the API's: one right option for a one-answer question, a picture for a hotspot, … */
export function proposalKeyValidator(control: AbstractControl): ValidationErrors | null {
  const form = control as ProposalForm;
  const type = form.controls.type.value;
  const correct = form.controls.options.controls.filter((o) => o.controls.correct.value).length;
  if (type === 'single_choice') return correct === 1 ? null : { correctSingle: true };
  if (type === 'multiple_choice') return correct >= 1 ? null : { correctMultiple: true };
  if (type === 'ordering' && form.controls.options.length < PROPOSAL_BOUNDS.ordering.min) return { fewSteps: true };
  if (type === 'hotspot' && !form.controls.picture.controls.src.value) return { pictureRequired: true };
  return null;
}

/** Turns on the parts of the chosen type and off the others. */
export function applyType(form: ProposalForm): void {
  const wanted = PARTS[form.controls.type.value];
  for (const part of TYPE_PARTS) {
    const control = form.controls[part];
    if (wanted.includes(part)) control.enable({ emitEvent: false });
    else control.disable({ emitEvent: false });
  }
  form.updateValueAndValidity();
}

export function createProposalOption(vi = '', en = '', correct = false): ProposalOptionForm {
  return new FormGroup({
    vi: text(vi, 500),
    en: text(en, 500),
    correct: new FormControl(correct, { nonNullable: true }),
  });
}

export const createAccepted = (value = '') => text(value, PROPOSAL_BOUNDS.accepted.length);

export function createPair(p?: {
  left: { vi: string; en?: string };
  right: { vi: string; en?: string };
}): ProposalPairForm {
  return new FormGroup({
    leftVi: text(p?.left.vi, 500),
    leftEn: text(p?.left.en, 500),
    rightVi: text(p?.right.vi, 500),
    rightEn: text(p?.right.en, 500),
  });
}

const pixels = (value: number, min: number) =>
  new FormControl(value, {
    nonNullable: true,
    validators: [Validators.required, Validators.min(min), Validators.max(4000)],
  });

export function createRegion(r?: {
  x: number;
  y: number;
  width: number;
  height: number;
  label: { vi: string; en?: string };
}): ProposalRegionForm {
  return new FormGroup({
    x: pixels(r?.x ?? 0, 0),
    y: pixels(r?.y ?? 0, 0),
    width: pixels(r?.width ?? 40, 1),
    height: pixels(r?.height ?? 40, 1),
    labelVi: text(r?.label.vi, 500),
    labelEn: text(r?.label.en, 500),
  });
}

/** The form, empty or filled from an item (its author's edit, or a reviewer's revision). */
export function createProposalForm(item?: ReviewedItem): ProposalForm {
  const p = item?.proposal;
  const options = p?.options?.length
    ? p.options.map((o, i) => createProposalOption(o.vi, o.en ?? '', !!p.correct?.includes(i) && p.type !== 'hotspot'))
    : Array.from({ length: MIN_OPTIONS }, () => createProposalOption());
  const pairs = p?.pairs?.length ? p.pairs : undefined;
  const regions = p?.regions?.length ? p.regions : undefined;
  const form: ProposalForm = new FormGroup(
    {
      type: new FormControl<ProposableType>(p?.type ?? 'single_choice', { nonNullable: true }),
      competence: new FormControl(p?.competence ?? '', { nonNullable: true, validators: Validators.required }),
      level: new FormControl(p?.level ?? 1, { nonNullable: true, validators: Validators.required }),
      stemVi: text(p?.stem.vi),
      stemEn: text(p?.stem.en),
      options: new FormArray(options),
      truth: new FormControl(p?.truth ?? true, { nonNullable: true }),
      accepted: new FormArray((p?.accepted?.length ? p.accepted : ['']).map((a) => createAccepted(a))),
      numeric: new FormControl(p?.numeric ?? false, { nonNullable: true }),
      ignoreToneMarks: new FormControl(p?.ignoreToneMarks ?? false, { nonNullable: true }),
      pairs: new FormArray(
        pairs ? pairs.map(createPair) : Array.from({ length: PROPOSAL_BOUNDS.pairs.min }, () => createPair()),
      ),
      regions: new FormArray(
        regions ? regions.map(createRegion) : Array.from({ length: PROPOSAL_BOUNDS.regions.min }, () => createRegion()),
      ),
      rightRegion: new FormControl(p?.type === 'hotspot' ? (p.correct?.[0] ?? 0) : 0, { nonNullable: true }),
      explanationVi: text(p?.explanation.vi),
      explanationEn: text(p?.explanation.en),
      picture: createPictureForm(p?.picture as ItemPicture | undefined),
    },
    { validators: proposalKeyValidator },
  );
  applyType(form);
  return form;
}
