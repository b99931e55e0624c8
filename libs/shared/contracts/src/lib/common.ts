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
