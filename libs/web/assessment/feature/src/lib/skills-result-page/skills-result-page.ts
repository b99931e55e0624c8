import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { SkillsDomainResult } from '@lc/shared-contracts';
import { AssessmentPreferences, SkillsAttemptStore } from '@lc/web-assessment-data-access';
import { LanguageStore, UiMessage, UiText, failureMessage } from '@lc/web-shared-data-access';
import { ErrorBanner, LoadingIndicator, PageHeading } from '@lc/web-shared-ui';
import { formatDate } from '../assessment-format';
import { DomainLevelChart } from '../domain-level-chart/domain-level-chart';

/** The domain profile of a finished assessment: levels, what they mean, and courses that would close the gap. */
@Component({
  selector: 'lp-skills-result-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, TranslatePipe, PageHeading, ErrorBanner, LoadingIndicator, DomainLevelChart],
  providers: [SkillsAttemptStore],
  templateUrl: './skills-result-page.html',
  styleUrl: './skills-result-page.scss',
})
export class SkillsResultPage {
  protected readonly store = inject(SkillsAttemptStore);
  protected readonly ui = inject(UiText);
  protected readonly language = inject(LanguageStore);
  protected readonly preferences = inject(AssessmentPreferences);

  /** Route parameter :attemptId. */
  readonly attemptId = input.required<string>();

  protected readonly error = signal<UiMessage | null>(null);
  protected readonly result = computed(() => this.store.attempt()?.result ?? null);
  protected readonly chartDomains = computed(() =>
    (this.result()?.domains ?? []).map((d) => ({ code: d.code, level: d.level })),
  );

  constructor() {
    effect(() => void this.load(this.attemptId()));
  }

  protected async load(attemptId: string): Promise<void> {
    this.error.set(null);
    try {
      await this.store.load(attemptId);
    } catch (err) {
      this.error.set(failureMessage(err));
    }
  }

  /** How sure the estimate is of the level it gives: the posterior probability of that level. */
  protected certainty(d: SkillsDomainResult): number | null {
    return d.level === null ? null : Math.round((d.levelProbabilities[d.level - 1] ?? 0) * 100);
  }

  protected date(iso: string): string {
    return formatDate(iso, this.language.lang());
  }
}
