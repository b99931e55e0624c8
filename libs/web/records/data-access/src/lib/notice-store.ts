import { Injectable, computed, inject, signal } from '@angular/core';
import { Notice, NoticeKind } from '@lc/shared-contracts';
import { apiErrorMessage } from '@lc/web-shared-data-access';
import { TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { NoticesApi } from './notices-api';

/** The signed-in person's notices, shared by the bell in the shell and the notices page. */
@Injectable({ providedIn: 'root' })
export class NoticeStore {
  private readonly api = inject(NoticesApi);
  private readonly translate = inject(TranslateService);

  private readonly _notices = signal<Notice[]>([]);
  private readonly _unread = signal(0);
  private readonly _loaded = signal(false);
  private readonly _error = signal<string | null>(null);

  readonly notices = this._notices.asReadonly();
  readonly unread = this._unread.asReadonly();
  readonly loaded = this._loaded.asReadonly();
  readonly error = this._error.asReadonly();
  readonly hasUnread = computed(() => this._unread() > 0);

  /** Quiet on failure: the bell is a help, and the page shows the error when it is the page. */
  async load(): Promise<void> {
    try {
      const list = await firstValueFrom(this.api.mine());
      this._notices.set(list.notices);
      this._unread.set(list.unread);
      this._loaded.set(true);
      this._error.set(null);
    } catch (err) {
      this._error.set(apiErrorMessage(err, this.translate));
    }
  }

  async markRead(id: string): Promise<void> {
    await this.run(() => firstValueFrom(this.api.markRead(id)));
  }

  async markAllRead(): Promise<void> {
    await this.run(() => firstValueFrom(this.api.markAllRead()));
  }

  /** Forgets the last person's notices on sign-out. */
  clear(): void {
    this._notices.set([]);
    this._unread.set(0);
    this._loaded.set(false);
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
