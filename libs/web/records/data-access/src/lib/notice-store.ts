import { Injectable, computed, inject, signal } from '@angular/core';
import { Notice, NoticeKind, NoticeSnapshot } from '@lc/shared-contracts';
import { apiErrorMessage, registerTranslations } from '@lc/web-shared-data-access';
import { TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { NoticesApi } from './notices-api';
import { noticeTexts } from './notice-texts';

/** The signed-in person's notices, shared by the bell in the shell and the notices page. */
@Injectable({ providedIn: 'root' })
export class NoticeStore {
  private readonly api = inject(NoticesApi);
  private readonly translate = inject(TranslateService);

  private readonly _notices = signal<Notice[]>([]);
  private readonly _unread = signal(0);
  private readonly _loaded = signal(false);
  private readonly _error = signal<string | null>(null);
  private readonly _arrived = signal<Notice | null>(null);
  /** The newest notice known here (undefined: nothing known yet), so a pushed snapshot tells what is new. */
  private newestId: string | null | undefined = undefined;

  readonly notices = this._notices.asReadonly();
  readonly unread = this._unread.asReadonly();
  readonly loaded = this._loaded.asReadonly();
  readonly error = this._error.asReadonly();
  readonly hasUnread = computed(() => this._unread() > 0);
  /** A notice pushed while the person was on a page: the shell shows and announces it until dismissed. */
  readonly arrived = this._arrived.asReadonly();

  constructor() {
    registerTranslations(noticeTexts, this.translate);
  }

  /** Quiet on failure: the bell is a help, and the page shows the error when it is the page. */
  async load(): Promise<void> {
    try {
      const list = await firstValueFrom(this.api.mine());
      this._notices.set(list.notices);
      this._unread.set(list.unread);
      this.newestId = list.notices[0]?.id ?? null;
      this._loaded.set(true);
      this._error.set(null);
    } catch (err) {
      this._error.set(apiErrorMessage(err, this.translate));
    }
  }

  /**
   * A snapshot pushed by the notice stream: the count at once, and when its newest notice is one not known here,
   * that notice is shown as arrived and the list reloaded. The first snapshot before any list only sets what is known.
   */
  apply(snapshot: NoticeSnapshot): void {
    this._unread.set(snapshot.unread);
    const latest = snapshot.latest;
    const known = this.newestId;
    this.newestId = latest?.id ?? null;
    if (known === undefined || !latest || latest.id === known || latest.read) return;
    if (this._arrived()?.id === latest.id) return;
    this._arrived.set(latest);
    void this.load();
  }

  dismissArrived(): void {
    this._arrived.set(null);
  }

  async markRead(id: string): Promise<void> {
    if (this._arrived()?.id === id) this.dismissArrived();
    await this.run(() => firstValueFrom(this.api.markRead(id)));
  }

  async markAllRead(): Promise<void> {
    this.dismissArrived();
    await this.run(() => firstValueFrom(this.api.markAllRead()));
  }

  /** Forgets the last person's notices on sign-out. */
  clear(): void {
    this._notices.set([]);
    this._unread.set(0);
    this._loaded.set(false);
    this._arrived.set(null);
    this.newestId = undefined;
  }

  private async run(change: () => Promise<void>): Promise<void> {
    try {
      await change();
    } catch (err) {
      this._error.set(apiErrorMessage(err, this.translate));
      return;
    }
    await this.load();
  }
}

/** Where a notice leads: the citizen's title application, or the trainer's course list. */
export const noticeLink = (kind: NoticeKind): string => (kind.startsWith('course_') ? '/trainer' : '/title');
