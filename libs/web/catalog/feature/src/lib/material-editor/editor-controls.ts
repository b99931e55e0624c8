import { AbstractControl, FormControl, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import { EDITOR_LIMITS, EditorLang } from '@lc/shared-contracts';

/** Required, and more than spaces: the server trims text before it checks it. */
export const notBlank: ValidatorFn = (control: AbstractControl): ValidationErrors | null =>
  typeof control.value === 'string' && control.value.trim() === '' ? { required: true } : null;

/** A text field; `required` fields refuse blank text, all refuse more than `max` characters. */
export function textControl(value = '', { required = true, max = EDITOR_LIMITS.shortTextMax as number } = {}) {
  const validators = [Validators.maxLength(max), ...(required ? [notBlank] : [])];
  return new FormControl(value, { nonNullable: true, validators });
}

export function numberControl(value: number, min: number, max: number) {
  return new FormControl(value, {
    nonNullable: true,
    validators: [Validators.required, Validators.min(min), Validators.max(max), wholeNumber],
  });
}

export const wholeNumber: ValidatorFn = (control) =>
  typeof control.value === 'number' && !Number.isInteger(control.value) ? { whole: true } : null;

export const titleControl = (value = '') => textControl(value, { max: EDITOR_LIMITS.titleMax });
export const langControl = (value: EditorLang = 'vi') => new FormControl<EditorLang>(value, { nonNullable: true });

/** An image field holds a reference: `images/…` (stored) or `local:…` (chosen in this browser, not yet sent). */
export const imageControl = (value = '') => new FormControl(value, { nonNullable: true, validators: notBlank });

/** Optional text as the server takes it: absent when blank. */
export function optional<K extends string>(key: K, value: string): Partial<Record<K, string>> {
  const text = value.trim();
  return text ? ({ [key]: text } as Record<K, string>) : {};
}

export interface ErrorText {
  key: string;
  params?: Record<string, unknown>;
}

/** The message to show beside a field for its first error; `server` holds the API's own words. */
export function errorText(errors: ValidationErrors | null): ErrorText | null {
  if (!errors) return null;
  if (errors['server']) return { key: 'catalog.editor.errors.server', params: { message: errors['server'] } };
  if (errors['required']) return { key: 'catalog.editor.errors.required' };
  if (errors['maxlength']) {
    return { key: 'catalog.editor.errors.tooLong', params: { max: errors['maxlength'].requiredLength } };
  }
  if (errors['min'] || errors['max'] || errors['whole']) return { key: 'catalog.editor.errors.number' };
  const [first] = Object.keys(errors);
  return { key: `catalog.editor.errors.${first}` };
}
