import { Injectable, inject, signal } from '@angular/core';
import { SkillsAssessmentOverview, SkillsAttempt } from '@lc/shared-contracts';
import { firstValueFrom } from 'rxjs';
import { SkillsAssessmentApi } from './skills-assessment-api';

/** The introduction of the assessment and the citizen's standing: open attempt, next start, results. */
@Injectable()
export class SkillsOverviewStore {
  private readonly api = inject(SkillsAssessmentApi);
  private readonly current = signal<SkillsAssessmentOverview | null>(null);

  readonly overview = this.current.asReadonly();

  async load(): Promise<SkillsAssessmentOverview> {
    const overview = await firstValueFrom(this.api.overview());
    this.current.set(overview);
    return overview;
  }

  /** Only ever called from the start button: landing on a page never starts an attempt. */
  start(extraTime: boolean): Promise<SkillsAttempt> {
    return firstValueFrom(this.api.start({ extraTime }));
  }
}
