import { Injectable, computed, inject, signal } from '@angular/core';
import { Attempt, ItemResponse } from '@lc/shared-contracts';
import { firstValueFrom } from 'rxjs';
import { AttemptsApi } from './attempts-api';

export type SaveState = 'saving' | 'saved' | 'failed';

const answerGiven = (r: ItemResponse) => r.optionIds.length > 0 || !!r.text?.trim() || !!r.pairs?.length || !!r.point;

/** One attempt in progress: answers are saved one by one as they are chosen. Provide per page. */
@Injectable()
export class AttemptStore {
  private readonly api = inject(AttemptsApi);
  private readonly current = signal<Attempt | null>(null);
  private readonly chosen = signal<Record<string, ItemResponse>>({});
  private readonly saves = signal<Record<string, SaveState>>({});
  /** Per item, the last PUT in flight: answers to one item are sent in order so the last choice wins. */
  private readonly queues = new Map<string, Promise<unknown>>();

  readonly attempt = this.current.asReadonly();
  readonly answers = this.chosen.asReadonly();
  readonly saveStates = this.saves.asReadonly();
  /** Only answers the server has saved count as given: a failed save shows "not saved", never "answered". */
  readonly answeredCount = computed(
    () =>
      Object.entries(this.chosen()).filter(([itemId, r]) => this.saves()[itemId] === 'saved' && answerGiven(r)).length,
  );
  readonly saving = computed(() => Object.values(this.saves()).includes('saving'));

  async start(testId: string): Promise<Attempt> {
    return this.set(await firstValueFrom(this.api.start(testId)));
  }

  async load(attemptId: string): Promise<Attempt> {
    return this.set(await firstValueFrom(this.api.get(attemptId)));
  }

  answer(itemId: string, response: ItemResponse): Promise<void> {
    const attempt = this.current();
    if (!attempt) return Promise.resolve();
    this.chosen.update((a) => ({ ...a, [itemId]: response }));
    this.saves.update((s) => ({ ...s, [itemId]: 'saving' }));
    const previous = this.queues.get(itemId) ?? Promise.resolve();
    const next: Promise<void> = previous
      .catch(() => undefined)
      .then(() => firstValueFrom(this.api.answer(attempt.id, itemId, response)))
      .then(
        () => this.markSaved(itemId, next, 'saved'),
        (err: unknown) => {
          this.markSaved(itemId, next, 'failed');
          throw err;
        },
      );
    this.queues.set(itemId, next);
    return next;
  }

  /** Re-sends the current choice for an item whose save failed. */
  retry(itemId: string): Promise<void> {
    return this.answer(itemId, this.chosen()[itemId] ?? { optionIds: [] });
  }

  async submit(): Promise<Attempt> {
    const attempt = this.current();
    if (!attempt) throw new Error('No attempt');
    await Promise.allSettled([...this.queues.values()]);
    return this.set(await firstValueFrom(this.api.submit(attempt.id)));
  }

  private markSaved(itemId: string, request: Promise<unknown>, state: SaveState): void {
    // An older request finishing after a newer choice must not mark the item as saved.
    if (this.queues.get(itemId) !== request) return;
    this.saves.update((s) => ({ ...s, [itemId]: state }));
  }

  private set(attempt: Attempt): Attempt {
    this.current.set(attempt);
    const answers: Record<string, ItemResponse> = { ...attempt.answers };
    this.chosen.set(answers);
    this.saves.set(Object.fromEntries(Object.keys(answers).map((itemId) => [itemId, 'saved' as SaveState])));
    return attempt;
  }
}
