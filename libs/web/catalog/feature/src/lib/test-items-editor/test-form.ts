import { AbstractControl, FormArray, FormControl, FormGroup, ValidationErrors, Validators } from '@angular/forms';
import { CreateTestMaterialRequest, NewTestItem } from '@lc/shared-contracts';

export const MIN_ITEMS = 5;
export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 6;

export type ItemType = NewTestItem['type'];
export type OptionForm = FormGroup<{ text: FormControl<string>; correct: FormControl<boolean> }>;
export type ItemForm = FormGroup<{
  stem: FormControl<string>;
  type: FormControl<ItemType>;
  options: FormArray<OptionForm>;
  competence: FormControl<string>;
  level: FormControl<number>;
  explanation: FormControl<string>;
}>;
export type TestForm = FormGroup<{ title: FormControl<string>; items: FormArray<ItemForm> }>;

/** Single choice: exactly one correct option; multiple choice: at least one. */
export function correctOptionsValidator(control: AbstractControl): ValidationErrors | null {
  const item = control as ItemForm;
  const correct = item.controls.options.controls.filter((o) => o.controls.correct.value).length;
  if (item.controls.type.value === 'single_choice') return correct === 1 ? null : { correctSingle: true };
  return correct >= 1 ? null : { correctMultiple: true };
}

export function minItemsValidator(control: AbstractControl): ValidationErrors | null {
  const count = (control as FormArray).length;
  return count >= MIN_ITEMS ? null : { minItems: { min: MIN_ITEMS, actual: count } };
}

export function createOption(): OptionForm {
  return new FormGroup({
    text: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(500)] }),
    correct: new FormControl(false, { nonNullable: true }),
  });
}

export function createItem(defaults: { competence?: string; level?: number } = {}): ItemForm {
  return new FormGroup(
    {
      stem: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(2000)] }),
      type: new FormControl<ItemType>('single_choice', { nonNullable: true }),
      options: new FormArray(Array.from({ length: MIN_OPTIONS }, createOption)),
      competence: new FormControl(defaults.competence ?? '', { nonNullable: true, validators: Validators.required }),
      level: new FormControl(defaults.level ?? 1, { nonNullable: true, validators: Validators.required }),
      explanation: new FormControl('', { nonNullable: true }),
    },
    { validators: correctOptionsValidator },
  );
}

export function createTestForm(): TestForm {
  return new FormGroup({
    title: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] }),
    items: new FormArray<ItemForm>([createItem()], { validators: minItemsValidator }),
  });
}

export function toCreateTestRequest(form: TestForm): CreateTestMaterialRequest {
  const value = form.getRawValue();
  return {
    title: value.title.trim(),
    items: value.items.map((item) => ({
      type: item.type,
      competence: item.competence,
      level: Number(item.level),
      stem: item.stem.trim(),
      options: item.options.map((o) => o.text.trim()),
      correct: item.options.flatMap((o, i) => (o.correct ? [i] : [])),
      ...(item.explanation.trim() ? { explanation: item.explanation.trim() } : {}),
    })),
  };
}

/** Puts a request back into the form: the editor's unsaved test on return from the learner's preview. */
export function fillTestForm(form: TestForm, request: CreateTestMaterialRequest): void {
  form.controls.items.clear();
  for (const item of request.items) {
    const group = createItem({ competence: item.competence, level: item.level });
    group.controls.options.clear();
    item.options.forEach(() => group.controls.options.push(createOption()));
    group.setValue({
      stem: item.stem,
      type: item.type,
      competence: item.competence,
      level: item.level,
      explanation: item.explanation ?? '',
      options: item.options.map((text, i) => ({ text, correct: item.correct.includes(i) })),
    });
    form.controls.items.push(group);
  }
  form.controls.title.setValue(request.title);
}
