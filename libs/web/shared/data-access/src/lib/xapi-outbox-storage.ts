import { SESSION_HINT_KEY } from './session-store';

/** In localStorage: statements waiting for the connection, and the citizen this browser last signed in as. */
export const XAPI_OUTBOX_KEY = 'lc.xapiOutbox';

export interface Queued {
  owner: string;
  materialId: string;
  statement: Record<string, unknown>;
}

export interface Outbox {
  citizen: string | null;
  items: Queued[];
}

export function statementId(statement: Record<string, unknown>): string {
  const id = statement['id'];
  if (typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id)) return id;
  // randomUUID exists only on https and localhost; getRandomValues everywhere.
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function hasSessionHint(): boolean {
  try {
    return localStorage.getItem(SESSION_HINT_KEY) === '1';
  } catch {
    return false;
  }
}

export function read(): Outbox {
  try {
    const parsed = JSON.parse(localStorage.getItem(XAPI_OUTBOX_KEY) ?? 'null') as Partial<Outbox> | null;
    return { citizen: parsed?.citizen ?? null, items: Array.isArray(parsed?.items) ? parsed.items : [] };
  } catch {
    return { citizen: null, items: [] };
  }
}

export function write(outbox: Outbox): void {
  try {
    localStorage.setItem(XAPI_OUTBOX_KEY, JSON.stringify(outbox));
  } catch {
    // Storage disabled or full: the statement is lost, as it would have been without the outbox.
  }
}
