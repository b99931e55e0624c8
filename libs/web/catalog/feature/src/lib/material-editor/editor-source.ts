import { AbstractControl, FormGroup } from '@angular/forms';
import { EditorContentType, EditorProblem, EditorSource } from '@lc/shared-contracts';
import type { EditorRequest } from '@lc/web-catalog-data-access';
import { PhoneForm, createPhoneForm, toPhoneParams } from './phone-form';
import { QuizForm, createQuizForm, toQuizParams } from './quiz-form';
import { ReadingForm, createReadingForm, toReadingParams } from './reading-form';

/** How the editor's routes name the three content types: /trainer/courses/:id/editor/new/:kind. */
export type EditorKind = 'reading' | 'quiz' | 'phone';
export const EDITOR_KINDS: Record<EditorKind, EditorContentType> = {
  reading: 'H5P.LcReadingPage',
  quiz: 'H5P.LcPracticeQuiz',
  phone: 'H5P.LcPhoneTask',
};

export const kindOf = (contentType: EditorContentType): EditorKind =>
  (Object.keys(EDITOR_KINDS) as EditorKind[]).find((k) => EDITOR_KINDS[k] === contentType) ?? 'reading';

export type EditorForms =
  | { kind: 'reading'; form: ReadingForm }
  | { kind: 'quiz'; form: QuizForm }
  | { kind: 'phone'; form: PhoneForm };

/** A new, empty form of a kind, or the form of a stored source. */
export function createEditorForm(from: EditorKind | EditorSource): EditorForms {
  if (typeof from === 'string') {
    if (from === 'quiz') return { kind: from, form: createQuizForm() };
    if (from === 'phone') return { kind: from, form: createPhoneForm() };
    return { kind: 'reading', form: createReadingForm() };
  }
  switch (from.contentType) {
    case 'H5P.LcPracticeQuiz':
      return { kind: 'quiz', form: createQuizForm(from.params) };
    case 'H5P.LcPhoneTask':
      return { kind: 'phone', form: createPhoneForm(from.params) };
    case 'H5P.LcReadingPage':
      return { kind: 'reading', form: createReadingForm(from.params) };
  }
}

export function toEditorSource(forms: EditorForms): EditorSource {
  switch (forms.kind) {
    case 'quiz':
      return { contentType: 'H5P.LcPracticeQuiz', params: toQuizParams(forms.form) };
    case 'phone':
      return { contentType: 'H5P.LcPhoneTask', params: toPhoneParams(forms.form) };
    case 'reading':
      return { contentType: 'H5P.LcReadingPage', params: toReadingParams(forms.form) };
  }
}

/**
 * The request for a source whose image fields may name pictures chosen in this browser (`local:…`): each becomes
 * `upload:<n>`, its file the n-th sent; a picture used twice is sent once. Stored images (`images/…`) stay.
 */
export function withUploads(source: EditorSource, files: ReadonlyMap<string, File>): EditorRequest {
  const images: File[] = [];
  const slots = new Map<string, string>();
  const slot = (ref: string): string => {
    const file = files.get(ref);
    if (!file) return ref;
    if (!slots.has(ref)) slots.set(ref, `upload:${images.push(file) - 1}`);
    return slots.get(ref) ?? ref;
  };
  switch (source.contentType) {
    case 'H5P.LcReadingPage': {
      const blocks = source.params.blocks.map((b) => (b.type === 'image' ? { ...b, file: slot(b.file) } : b));
      return { source: { ...source, params: { ...source.params, blocks } }, images };
    }
    case 'H5P.LcPhoneTask': {
      const steps = source.params.steps.map((s) => ({ ...s, image: slot(s.image) }));
      return { source: { ...source, params: { ...source.params, steps } }, images };
    }
    case 'H5P.LcPracticeQuiz':
      return { source, images };
  }
}

/** The control a server problem is about (`params.questions.0.text`), or null when the form has none there. */
export function controlAt(form: FormGroup, path: string): AbstractControl | null {
  return path.startsWith('params.') ? form.get(path.slice('params.'.length)) : path === 'params' ? form : null;
}

/** Shows each problem beside its field; returns those that have no field, for the page to show. */
export function showProblems(form: FormGroup, problems: EditorProblem[]): EditorProblem[] {
  const unplaced: EditorProblem[] = [];
  for (const problem of problems) {
    const control = controlAt(form, problem.path);
    if (control && control !== form) {
      control.setErrors({ ...(control.errors ?? {}), server: problem.message });
      control.markAsTouched();
    } else unplaced.push(problem);
  }
  return unplaced;
}
