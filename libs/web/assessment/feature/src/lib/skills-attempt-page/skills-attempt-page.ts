import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ItemResponse } from '@lc/shared-contracts';
import { AssessmentPreferences, SkillsAttemptStore } from '@lc/web-assessment-data-access';
import { LanguageStore, apiErrorMessage, translateText } from '@lc/web-shared-data-access';
import { ErrorBanner, LoadingIndicator, PageHeading } from '@lc/web-shared-ui';
import { formatCountdown } from '../assessment-format';
import { SkillsProgress } from '../skills-progress/skills-progress';
import { ReportProblem } from '../report-problem/report-problem';
import { SkillsQuestionForm } from '../skills-question-form/skills-question-form';

/**
 * One question per screen. The page only reads the attempt named in the URL: landing here, reloading or going
 * back never starts one. An answer counts once the server has saved it.
 */
@Component({
  selector: 'lp-skills-attempt-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    RouterLink,
    TranslatePipe,
    PageHeading,
    ErrorBanner,
    LoadingIndicator,
    SkillsProgress,
    SkillsQuestionForm,
    ReportProblem,
  ],
  providers: [SkillsAttemptStore],
  templateUrl: './skills-attempt-page.html',
  styleUrl: './skills-attempt-page.scss',
})
export class SkillsAttemptPage {
  protected readonly store = inject(SkillsAttemptStore);
  protected readonly language = inject(LanguageStore);
  protected readonly preferences = inject(AssessmentPreferences);
  private readonly translate = inject(TranslateService);
  private readonly router = inject(Router);

  /** Route parameter :attemptId. */
  readonly attemptId = input.required<string>();

  private readonly form = viewChild(SkillsQuestionForm);
  protected readonly error = signal<string | null>(null);
  protected readonly announcement = signal('');
  protected readonly now = signal(Date.now());
  protected readonly msLeft = computed(() => {
    const attempt = this.store.attempt();
    return attempt ? Math.max(0, Date.parse(attempt.deadlineAt) - this.now()) : null;
  });
  protected readonly countdown = computed(() => formatCountdown(this.msLeft() ?? 0));

  constructor() {
    effect(() => void this.load(this.attemptId()));
    const timer = setInterval(() => this.tick(), 1000);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }

  protected async load(attemptId: string): Promise<void> {
    this.error.set(null);
    try {
      await this.store.load(attemptId);
    } catch (err) {
      this.error.set(apiErrorMessage(err, this.translate));
    }
  }

  protected async save(response: ItemResponse): Promise<void> {
    const position = this.store.question()?.position;
    this.error.set(null);
    try {
      const attempt = await this.store.answer(response);
      if (attempt.status === 'finished') {
        await this.router.navigate(['/skills-assessment/results', attempt.id], { replaceUrl: true });
        return;
      }
      this.announcement.set(translateText(this.translate, 'skills.attempt.savedNext', { n: position }));
      // After the new question has rendered.
      setTimeout(() => this.form()?.focus());
    } catch (err) {
      if (err instanceof HttpErrorResponse && err.error?.code === 'ASSESSMENT_TIME_UP') {
        this.announcement.set(translateText(this.translate, 'skills.attempt.timeUp'));
        await this.load(this.attemptId());
        return;
      }
      const reason = apiErrorMessage(err, this.translate);
      this.error.set(`${translateText(this.translate, 'skills.attempt.notSaved')} ${reason}`);
    }
  }

  private tick(): void {
    const before = this.msLeft();
    this.now.set(Date.now());
    // The server keeps the clock; at zero, reading the attempt again shows it finished.
    if (before !== null && before > 0 && this.msLeft() === 0 && this.store.attempt()?.status === 'open') {
      this.announcement.set(translateText(this.translate, 'skills.attempt.timeUp'));
      void this.load(this.attemptId());
    }
  }
}
