import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { NoticeStore, noticeLink } from '@lc/web-records-data-access';
import { LanguageStore } from '@lc/web-shared-data-access';
import { ErrorBanner, LoadingIndicator, PageHeading } from '@lc/web-shared-ui';

/** The signed-in person's notices, newest first; each can be marked read, or all at once. */
@Component({
  selector: 'lp-notices-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, RouterLink, TranslatePipe, PageHeading, ErrorBanner, LoadingIndicator],
  templateUrl: './notices-page.html',
  styleUrl: './notices-page.scss',
})
export class NoticesPage {
  protected readonly store = inject(NoticeStore);
  protected readonly language = inject(LanguageStore);
  protected readonly link = noticeLink;

  constructor() {
    void this.store.load();
  }
}
