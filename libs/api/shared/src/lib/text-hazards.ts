// C0 controls, DEL and C1 controls. PostgreSQL refuses U+0000 in text and jsonb, and the others are never typed by
// a person: they hide text in logs and terminals (ESC) or split lines where nobody expects it (U+0085).
// Finding control characters is the point of these patterns, hence no-control-regex is off for them.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// eslint-disable-next-line no-control-regex
const CONTROL_OR_LINE_BREAK = /[\u0000-\u001F\u007F-\u009F]/;
const EACH_CONTROL = new RegExp(CONTROL_OR_LINE_BREAK.source, 'g');
// Embeddings, overrides and isolates: they make an officer read text in another order than it was typed.
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/** True when `text` holds a control character; tab, line feed and carriage return pass where `multiline`. */
export const hasControlCharacter = (text: string, multiline = false): boolean =>
  (multiline ? CONTROL : CONTROL_OR_LINE_BREAK).test(text);

/** `text` with each control character written as `\u0000`, for messages. */
export const escapeControlCharacters = (text: string): string =>
  text.replace(EACH_CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

export const hasBidiControl = (text: string): boolean => BIDI_CONTROL.test(text);

/** A name shown to other people: one line, and read in the order it was typed. */
export const isPlainName = (text: string): boolean => !hasControlCharacter(text) && !hasBidiControl(text);
