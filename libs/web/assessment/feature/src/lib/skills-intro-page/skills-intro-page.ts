import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AssessmentPreferences, SkillsOverviewStore } from '@lc/web-assessment-data-access';
import { LanguageStore, UiMessage, UiText, failureMessage } from '@lc/web-shared-data-access';
import { ErrorBanner, LoadingIndicator, PageHeading } from '@lc/web-shared-ui';
import { formatDate, formatDateTime } from '../assessment-format';

/**
 * What the assessment measures, how long it takes and the retake rule, before anything starts: an attempt starts
 * only from the button here, never by landing on a page or going back to one.
 */
@Component({
  selector: 'lp-skills-intro-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatCheckboxModule, RouterLink, TranslatePipe, PageHeading, ErrorBanner, LoadingIndicator],
  providers: [SkillsOverviewStore],
  templateUrl: './skills-intro-page.html',
  styleUrl: './skills-intro-page.scss',
})
export class SkillsIntroPage {
  protected readonly store = inject(SkillsOverviewStore);
  protected readonly ui = inject(UiText);
  protected readonly language = inject(LanguageStore);
  protected readonly preferences = inject(AssessmentPreferences);
  private readonly router = inject(Router);

  protected readonly error = signal<UiMessage | null>(null);
  protected readonly starting = signal(false);
  protected readonly extraTime = signal(false);

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.error.set(null);
    try {
      await this.store.load();
    } catch (err) {
      this.error.set(failureMessage(err));
    }
  }

  protected async start(): Promise<void> {
    if (this.starting()) return;
    this.starting.set(true);
    this.error.set(null);
    try {
      const attempt = await this.store.start(this.extraTime());
      await this.router.navigate(['/skills-assessment/attempts', attempt.id]);
    } catch (err) {
      this.error.set(failureMessage(err));
      await this.store.load().catch(() => undefined);
    } finally {
      this.starting.set(false);
    }
  }

  protected dateTime(iso: string): string {
    return formatDateTime(iso, this.language.lang());
  }

  protected date(iso: string): string {
    return formatDate(iso, this.language.lang());
  }
}
