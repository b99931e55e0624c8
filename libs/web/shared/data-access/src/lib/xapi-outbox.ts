import { isPlatformBrowser } from '@angular/common';
import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import {
  DestroyRef,
  EnvironmentProviders,
  Injectable,
  PLATFORM_ID,
  effect,
  inject,
  provideEnvironmentInitializer,
  signal,
  untracked,
} from '@angular/core';
import type { XapiStatementRequest } from '@lc/shared-contracts';
import { firstValueFrom } from 'rxjs';
import { SessionStore } from './session-store';
import { withTabLock } from './tab-lock';
import { Outbox, XAPI_OUTBOX_KEY, hasSessionHint, read, statementId, write } from './xapi-outbox-storage';

export { XAPI_OUTBOX_KEY } from './xapi-outbox-storage';

/** The API takes at most this many statements per request (XAPI_BATCH_MAX). */
const BATCH = 100;
/** Past this the oldest go: a full quota would lose the newest instead. About 1 KB each. */
const MAX_QUEUED = 1000;
/**
 * A phone's "online" often comes before its connection works (and the service worker's view of the network can lag
 * the page's): a flush that finds no way through tries again after 5 s, then 10 s, … up to every 5 minutes.
 */
const FIRST_RETRY_MS = 5_000;
const MAX_RETRY_MS = 300_000;

/** What became of a statement: at the API, kept on this device until the connection is back, or not for us. */
export type XapiOutcome = 'sent' | 'queued' | 'skipped';

/**
 * Learning statements (xAPI) of the H5P lessons, sent to POST /api/materials/:id/xapi. While the phone is offline
 * they wait in localStorage under the citizen's id, and go out in batches once it is back online and that citizen
 * is signed in again. Every statement gets an id first, and the API keeps one record per id, so a statement sent
 * twice (its answer lost on the way) is stored once. Only citizens have a learning record: staff previewing a
 * course would get 403s, so their statements are skipped.
 */
@Injectable({ providedIn: 'root' })
export class XapiOutbox {
  private readonly http = inject(HttpClient);
  private readonly session = inject(SessionStore);
  private readonly count = signal(read().items.length);
  private flushing: Promise<number> | null = null;
  private retryMs = FIRST_RETRY_MS;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;

  /** Statements waiting on this device, whoever they belong to. */
  readonly waiting = this.count.asReadonly();

  constructor() {
    // Remembered so that a lesson read after an offline reload, when the sign-in cannot be restored, still counts.
    effect(() => {
      const user = this.session.user();
      if (!user?.roles.some((grant) => grant.role === 'citizen')) return;
      if (read().citizen !== user.id) write({ ...read(), citizen: user.id });
      untracked(() => void this.flush());
    });
    if (typeof window === 'undefined') return;
    const onOnline = () => void this.flush();
    window.addEventListener('online', onOnline);
    inject(DestroyRef).onDestroy(() => {
      window.removeEventListener('online', onOnline);
      clearTimeout(this.retryTimer);
    });
  }

  async record(materialId: string, statement: Record<string, unknown>): Promise<XapiOutcome> {
    const owner = this.owner();
    if (!owner) return 'skipped';
    const item = { owner, materialId, statement: { ...statement, id: statementId(statement) } };
    if (this.session.isSignedIn() && isOnline()) {
      try {
        await this.post(materialId, { statement: item.statement });
        return 'sent';
      } catch (err) {
        if (!isTemporary(err)) throw err;
      }
    }
    this.update((outbox) => ({ ...outbox, items: [...outbox.items, item].slice(-MAX_QUEUED) }));
    this.retryLater();
    return 'queued';
  }

  /** Sends what waits for the signed-in citizen; resolves with how many statements left the queue. */
  flush(): Promise<number> {
    this.flushing ??= withTabLock(XAPI_OUTBOX_KEY, () => this.sendWaiting()).finally(() => {
      this.flushing = null;
      this.retryLater();
    });
    return this.flushing;
  }

  /** While this person's statements still wait and the browser says it is online; offline, `online` flushes. */
  private retryLater(): void {
    clearTimeout(this.retryTimer);
    const owner = this.owner();
    if (!read().items.some((item) => item.owner === owner)) {
      this.retryMs = FIRST_RETRY_MS;
      return;
    }
    if (!isOnline()) return;
    this.retryTimer = setTimeout(() => void this.flush(), this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
  }

  private owner(): string | null {
    const user = this.session.user();
    if (user) return user.roles.some((grant) => grant.role === 'citizen') ? user.id : null;
    return hasSessionHint() ? read().citizen : null;
  }

  private async sendWaiting(): Promise<number> {
    if (!isOnline() || read().items.length === 0) return 0;
    if (!this.session.isSignedIn()) await this.session.restore();
    const me = this.session.user()?.id;
    let sent = 0;
    for (;;) {
      const mine = read().items.filter((item) => item.owner === me);
      if (!me || mine.length === 0) return sent;
      const batch = mine.filter((item) => item.materialId === mine[0].materialId).slice(0, BATCH);
      try {
        await this.post(batch[0].materialId, { statements: batch.map((item) => item.statement) });
      } catch (err) {
        // Any other refusal (the material is gone, the statement is malformed) would come again for ever, and
        // would hold back the rest.
        if (isTemporary(err)) return sent;
      }
      const done = new Set(batch.map((item) => item.statement['id']));
      this.update((outbox) => ({ ...outbox, items: outbox.items.filter((item) => !done.has(item.statement['id'])) }));
      sent += batch.length;
    }
  }

  private post(materialId: string, body: XapiStatementRequest): Promise<unknown> {
    return firstValueFrom(this.http.post(`/api/materials/${encodeURIComponent(materialId)}/xapi`, body));
  }

  private update(change: (outbox: Outbox) => Outbox): void {
    const next = change(read());
    write(next);
    this.count.set(next.items.length);
  }
}

/** Starts the outbox with the app, so that statements left from an earlier visit go out without opening a course. */
export function provideXapiOutbox(): EnvironmentProviders {
  // The waiting statements are in the browser's storage; a server render (docs/adr/0035) has none to send.
  return provideEnvironmentInitializer(() => {
    if (isPlatformBrowser(inject(PLATFORM_ID))) void inject(XapiOutbox).flush();
  });
}

const isOnline = () => typeof navigator === 'undefined' || navigator.onLine !== false;
/**
 * Worth sending again later: offline (status 0, or the 504 with which the service worker stands in for a network it
 * cannot reach), rate-limited, or a server fault.
 */
const isTemporary = (err: unknown) =>
  err instanceof HttpErrorResponse && (err.status === 0 || err.status === 429 || err.status >= 500);
