/** Text in Vietnamese, with English where written. */
export interface LocalisedText {
  vi: string;
  en?: string;
}

/** The one error shape of the whole API. */
export interface ApiError {
  code: string;
  message: string;
  details?: Record<string, unknown>;
}

export interface Page<T> {
  items: T[];
  total: number;
}

/** Sent with a create that a double tap or a retry could repeat; the API replays the first answer (ADR 0024). */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
