/** One error's text in both UI languages. `{wait}` is filled from `details.retryAfterSeconds`. */
export interface ErrorText {
  vi: string;
  en: string;
}

export type ErrorTexts = Record<string, ErrorText>;
