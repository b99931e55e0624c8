import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { MyTestStanding, TestIntro } from '@lc/shared-contracts';
import { AttemptsApi } from '@lc/web-assessment-data-access';
import { LanguageStore, PageStatus, SessionStore, UiMessage, UiText, failureMessage } from '@lc/web-shared-data-access';
import { ErrorBanner, LoadingIndicator, PageHeading } from '@lc/web-shared-ui';
import { formatDateTime } from '../assessment-format';

/**
 * What a course's test is before it starts: questions, time, pass mark, retakes. The attempt, and its clock, start
 * only from the link here (docs/adr/0038). Public and rendered on the server, so a slow phone reads it before the
 * scripts arrive; the start is a plain link, which works before the page is taken over too.
 */
@Component({
  selector: 'lp-test-intro-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, TranslatePipe, PageHeading, ErrorBanner, LoadingIndicator],
  templateUrl: './test-intro-page.html',
  styleUrl: './test-intro-page.scss',
})
export class TestIntroPage {
  private readonly api = inject(AttemptsApi);
  protected readonly ui = inject(UiText);
  protected readonly language = inject(LanguageStore);

  /** Route parameter :testId. */
  readonly testId = input.required<string>();

  private readonly session = inject(SessionStore);
  private readonly pageStatus = inject(PageStatus);

  protected readonly intro = signal<TestIntro | null>(null);
  protected readonly error = signal<UiMessage | null>(null);
  /** The signed-in citizen's own attempts here; null for anyone else, and on the server. */
  protected readonly standing = signal<(MyTestStanding & { timeUp: boolean }) | null>(null);

  constructor() {
    effect(() => void this.load(this.testId()));
    effect(() => void this.loadStanding(this.testId(), this.session.hasRole('citizen')));
  }

  protected async load(testId = this.testId()): Promise<void> {
    this.error.set(null);
    try {
      this.intro.set(await firstValueFrom(this.api.intro(testId)));
    } catch (err) {
      this.pageStatus.loadFailed(err);
      this.error.set(failureMessage(err));
    }
  }

  /** A help, not the page: without it the intro still offers the start, which resumes an open attempt anyway. */
  private async loadStanding(testId: string, citizen: boolean): Promise<void> {
    this.standing.set(null);
    if (!citizen) return;
    try {
      const mine = await firstValueFrom(this.api.standing(testId));
      this.standing.set({ ...mine, timeUp: !!mine.open && Date.parse(mine.open.deadlineAt) <= Date.now() });
    } catch {
      this.standing.set(null);
    }
  }

  protected at(iso: string): string {
    return formatDateTime(iso, this.language.lang());
  }

  protected minutes(seconds: number): number {
    return Math.ceil(seconds / 60);
  }
}
