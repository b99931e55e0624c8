import { Signal, computed, inject, signal } from '@angular/core';
import { FormGroup, ValidationErrors } from '@angular/forms';
import { TranslateService } from '@ngx-translate/core';
import { errorText } from '@lc/shared-contracts';
import { apiErrorMessage, errorLanguage } from './api-error-message';
import { apiErrorBody } from './ui-message';
import { LanguageStore } from './language-store';
import { translateText } from './translate-text';

/** One problem to list in an error summary; `field` names the form control it concerns, if any. */
export interface FormProblem {
  message: string;
  field?: string;
}

interface FieldProblem {
  path: string;
  code: string;
  message: string;
  /** The rule's bound (a length, a count, a value) for the catalogue's `{limit}`. */
  limit?: number;
}

function fieldProblemsOf(details: Record<string, unknown> | undefined): FieldProblem[] {
  const problems = details?.['problems'];
  if (!Array.isArray(problems)) return [];
  return problems.filter(
    (p): p is FieldProblem =>
      typeof p?.path === 'string' && typeof p?.code === 'string' && typeof p?.message === 'string',
  );
}

/**
 * The problems of a failed call. A refusal that names its fields (`details.problems`) gives one problem per field:
 * in Vietnamese the API's own words for it (the DTO's specific rule), in English the catalogue's text for its kind
 * (required, too long …) with the rule's limit.
 * Any other error is one problem, placed on the field `fieldOfCode` names for its code, if any.
 */
export function apiProblems(
  err: unknown,
  translate: TranslateService,
  fieldOfCode: FieldOfCode = {},
  fieldOfPath: FieldOfPath = (path) => path,
): FormProblem[] {
  const body = apiErrorBody(err);
  const lang = errorLanguage(translate);
  const perField = fieldProblemsOf(body?.details);
  if (perField.length) {
    return perField.map((p) => ({
      field: fieldOfPath(p.path),
      message: lang === 'vi' ? p.message : (errorText(p.code, lang, { limit: p.limit }) ?? p.message),
    }));
  }
  const field = !body ? undefined : typeof fieldOfCode === 'function' ? fieldOfCode(body.code) : fieldOfCode[body.code];
  return [{ message: apiErrorMessage(err, translate), ...(field ? { field } : {}) }];
}

/** The control a code concerns: a table, or a function (e.g. every refusal of an upload concerns its file). */
export type FieldOfCode = Readonly<Record<string, string>> | ((code: string) => string | undefined);

/** The control a refused field's API path names, where the form's shape differs from the request's. */
export type FieldOfPath = (path: string) => string;

/** Says which translation key describes a control's client-side errors. */
export type ProblemKey = (field: string, errors: ValidationErrors) => string;

export interface FormErrors {
  /** Every problem of the last failed submit, in the current language (re-read when the language changes). */
  readonly problems: Signal<FormProblem[]>;
  /** The server's message for one control, or null: shown next to the control. */
  field(name: string): string | null;
  /** Before sending: false, with a problem per invalid control listed, if the form is not ready. */
  check(form: FormGroup, keyOf: ProblemKey): boolean;
  /** After a failed call: its problems listed, and those that name a control of `form` marked on it. */
  fail(err: unknown, form?: FormGroup): void;
  clear(): void;
}

/** Keeps a failed submit's problems as they came and words them at read time, so a language switch re-words them. */
export function injectFormErrors(fieldOfCode: FieldOfCode = {}, fieldOfPath?: FieldOfPath): FormErrors {
  const translate = inject(TranslateService);
  const language = inject(LanguageStore);
  const failure = signal<{ err: unknown } | null>(null);
  const invalid = signal<{ field: string; key: string }[]>([]);
  const server = computed(() => {
    language.lang();
    const last = failure();
    return last ? apiProblems(last.err, translate, fieldOfCode, fieldOfPath) : [];
  });
  const problems = computed(() => {
    language.lang();
    return [...invalid().map(({ field, key }) => ({ field, message: translateText(translate, key) })), ...server()];
  });
  const clear = () => {
    failure.set(null);
    invalid.set([]);
  };
  return {
    problems,
    field: (name) => server().find((p) => p.field === name)?.message ?? null,
    check: (form, keyOf) => {
      clear();
      if (form.valid) return true;
      form.markAllAsTouched();
      const fields = Object.entries(form.controls).filter(([, control]) => control.invalid);
      invalid.set(fields.map(([field, control]) => ({ field, key: keyOf(field, control.errors ?? {}) })));
      return false;
    },
    fail: (err, form) => {
      invalid.set([]);
      failure.set({ err });
      for (const { field } of server()) {
        const control = field ? form?.get(field) : null;
        control?.setErrors({ ...control.errors, server: true });
        control?.markAsTouched();
      }
    },
    clear,
  };
}
