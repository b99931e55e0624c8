import { Injectable, computed, inject, signal } from '@angular/core';
import { ItemResponse, SkillsAttempt } from '@lc/shared-contracts';
import { firstValueFrom } from 'rxjs';
import { SkillsAssessmentApi } from './skills-assessment-api';

/**
 * One digital-skills attempt, as the server has it: progress counts only answers the server confirmed, so an
 * answer that failed to save is never shown as answered. Provide per page.
 */
@Injectable()
export class SkillsAttemptStore {
  private readonly api = inject(SkillsAssessmentApi);
  private readonly current = signal<SkillsAttempt | null>(null);
  private readonly sending = signal(false);

  readonly attempt = this.current.asReadonly();
  readonly saving = this.sending.asReadonly();
  readonly question = computed(() => this.current()?.question ?? null);
  readonly finished = computed(() => this.current()?.status === 'finished');

  async load(attemptId: string): Promise<SkillsAttempt> {
    return this.set(await firstValueFrom(this.api.get(attemptId)));
  }

  /** Sends the answer to the current question; the state moves on only once the server has saved it. */
  async answer(response: ItemResponse): Promise<SkillsAttempt> {
    const attempt = this.current();
    const question = attempt?.question;
    if (!attempt || !question) throw new Error('No question to answer');
    if (this.sending()) return attempt;
    this.sending.set(true);
    try {
      return this.set(await firstValueFrom(this.api.answer(attempt.id, question.position, response)));
    } finally {
      this.sending.set(false);
    }
  }

  private set(attempt: SkillsAttempt): SkillsAttempt {
    this.current.set(attempt);
    return attempt;
  }
}
