import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  Injector,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ItemResponse } from '@lc/shared-contracts';
import { AttemptStore } from '@lc/web-assessment-data-access';
import { LanguageStore, apiErrorMessage, translateText } from '@lc/web-shared-data-access';
import { ErrorBanner, LoadingIndicator, PageHeading } from '@lc/web-shared-ui';
import type { ConfirmDialogData } from '@lc/web-shared-ui/dialog';
import { ItemQuestion } from '../item-question/item-question';
import { ReportProblem } from '../report-problem/report-problem';
import { formatCountdown } from '../assessment-format';

/** Minutes left at which we announce the time to screen readers. */
const WARN_AT_MINUTES = [5, 1];

@Component({
  selector: 'lp-attempt-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    RouterLink,
    TranslatePipe,
    PageHeading,
    ErrorBanner,
    LoadingIndicator,
    ItemQuestion,
    ReportProblem,
  ],
  providers: [AttemptStore],
  templateUrl: './attempt-page.html',
  styleUrl: './attempt-page.scss',
})
export class AttemptPage {
  protected readonly store = inject(AttemptStore);
  protected readonly language = inject(LanguageStore);
  private readonly translate = inject(TranslateService);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);

  /** Route parameter :testId. */
  readonly testId = input.required<string>();

  protected readonly error = signal<string | null>(null);
  protected readonly submitting = signal(false);
  protected readonly now = signal(Date.now());
  protected readonly announcement = signal('');
  /** A tap while the dialog's code is still downloading opens it once. */
  private confirming = false;

  protected readonly title = computed(
    () => this.language.text(this.store.attempt()?.title) || translateText(this.translate, 'assessment.attempt.title'),
  );
  protected readonly msLeft = computed(() => {
    const attempt = this.store.attempt();
    return attempt ? Math.max(0, Date.parse(attempt.deadlineAt) - this.now()) : null;
  });
  protected readonly countdown = computed(() => formatCountdown(this.msLeft() ?? 0));
  protected readonly isOpen = computed(() => this.store.attempt()?.status === 'open');

  constructor() {
    effect(() => void this.start(this.testId()));
    const timer = setInterval(() => this.tick(), 1000);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }

  protected async start(testId: string): Promise<void> {
    this.error.set(null);
    try {
      await this.store.start(testId);
      this.now.set(Date.now());
    } catch (err) {
      this.error.set(apiErrorMessage(err, this.translate));
    }
  }

  protected answerFor(itemId: string): ItemResponse | undefined {
    return this.store.answers()[itemId];
  }

  protected async choose(itemId: string, response: ItemResponse): Promise<void> {
    try {
      await this.store.answer(itemId, response);
    } catch {
      // The item shows "not saved" with a retry button.
    }
  }

  protected async retry(itemId: string): Promise<void> {
    try {
      await this.store.retry(itemId);
    } catch {
      // see choose()
    }
  }

  protected async confirmSubmit(): Promise<void> {
    const attempt = this.store.attempt();
    if (!attempt || this.confirming) return;
    this.confirming = true;
    try {
      if (await this.confirmed(attempt.items.length)) await this.submit();
    } finally {
      this.confirming = false;
    }
  }

  private async confirmed(total: number): Promise<boolean> {
    const params = { answered: this.store.answeredCount(), total };
    const data: ConfirmDialogData = {
      title: translateText(this.translate, 'assessment.attempt.confirmTitle'),
      message: translateText(this.translate, 'assessment.attempt.confirmText', params),
      confirmLabel: translateText(this.translate, 'assessment.attempt.confirmOk'),
      cancelLabel: translateText(this.translate, 'assessment.attempt.confirmCancel'),
    };
    const { confirmSubmit } = await import('./confirm-submit');
    return confirmSubmit(this.injector, data);
  }

  private async submit(): Promise<void> {
    if (this.submitting()) return;
    this.submitting.set(true);
    this.error.set(null);
    try {
      const attempt = await this.store.submit();
      await this.router.navigate(['/attempts', attempt.id]);
    } catch (err) {
      this.error.set(apiErrorMessage(err, this.translate));
    } finally {
      this.submitting.set(false);
    }
  }

  private tick(): void {
    const before = this.msLeft();
    this.now.set(Date.now());
    const after = this.msLeft();
    if (before === null || after === null || !this.isOpen()) return;
    for (const minutes of WARN_AT_MINUTES) {
      const mark = minutes * 60_000;
      if (before > mark && after <= mark) {
        this.announcement.set(translateText(this.translate, 'assessment.attempt.timeWarning', { minutes }));
      }
    }
    // The server enforces the deadline; submitting at zero just takes the citizen to the result.
    if (before > 0 && after === 0) {
      this.announcement.set(translateText(this.translate, 'assessment.attempt.timeUp'));
      void this.submit();
    }
  }
}
