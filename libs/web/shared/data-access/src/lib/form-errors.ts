import { Signal, computed, inject, signal } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import { errorText } from '@lc/shared-contracts';
import { apiErrorBody, apiErrorMessage, errorLanguage } from './api-error-message';
import { LanguageStore } from './language-store';

/** One problem to list in an error summary; `field` names the form control it concerns, if any. */
export interface FormProblem {
  message: string;
  field?: string;
}

interface FieldProblem {
  path: string;
  code: string;
  message: string;
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
 * in Vietnamese the API's own words for it (the DTO's specific rule), in English the catalogue's text for its code.
 * Any other error is one problem, placed on the field `fieldOfCode` names for its code, if any.
 */
export function apiProblems(
  err: unknown,
  translate: TranslateService,
  fieldOfCode: Readonly<Record<string, string>> = {},
): FormProblem[] {
  const body = apiErrorBody(err);
  const lang = errorLanguage(translate);
  const perField = fieldProblemsOf(body?.details);
  if (perField.length) {
    return perField.map((p) => ({
      field: p.path,
      message: lang === 'vi' ? p.message : (errorText(p.code, lang) ?? p.message),
    }));
  }
  const field = body ? fieldOfCode[body.code] : undefined;
  return [{ message: apiErrorMessage(err, translate), ...(field ? { field } : {}) }];
}

export interface FormErrors {
  /** Every problem of the last failed call, in the current language (re-read when the language changes). */
  readonly problems: Signal<FormProblem[]>;
  /** The message for one control, or null. */
  field(name: string): string | null;
  fail(err: unknown): void;
  clear(): void;
}

/** Keeps a failed call's error as it came and words it at read time, so a language switch re-words it. */
export function injectFormErrors(fieldOfCode: Readonly<Record<string, string>> = {}): FormErrors {
  const translate = inject(TranslateService);
  const language = inject(LanguageStore);
  const failure = signal<{ err: unknown } | null>(null);
  const problems = computed(() => {
    language.lang();
    const last = failure();
    return last ? apiProblems(last.err, translate, fieldOfCode) : [];
  });
  return {
    problems,
    field: (name) => problems().find((p) => p.field === name)?.message ?? null,
    fail: (err) => failure.set({ err }),
    clear: () => failure.set(null),
  };
}
