import { Injectable, computed, inject, signal } from '@angular/core';
import { Competence, CompetenceFramework, CourseSummary } from '@lc/shared-contracts';
import { firstValueFrom } from 'rxjs';
import { CoursesApi } from './courses-api';

/** The published courses and the competence framework used to label them. */
@Injectable({ providedIn: 'root' })
export class CatalogStore {
  private readonly api = inject(CoursesApi);
  private readonly state = signal<{ courses: CourseSummary[] | null; loading: boolean; error: unknown }>({
    courses: null,
    loading: false,
    error: null,
  });
  private readonly framework = signal<CompetenceFramework | null>(null);

  readonly courses = computed(() => this.state().courses);
  readonly loading = computed(() => this.state().loading);
  readonly error = computed(() => this.state().error);
  readonly competenceFramework = this.framework.asReadonly();
  /** Competence code → competence, e.g. '1.1' → "Duyệt, tìm kiếm và lọc…". */
  readonly competencesByCode = computed(() => {
    const map = new Map<string, Competence>();
    for (const domain of this.framework()?.domains ?? []) {
      for (const competence of domain.competences) map.set(competence.code, competence);
    }
    return map;
  });

  async load(): Promise<void> {
    this.state.update((s) => ({ ...s, loading: true, error: null }));
    try {
      const [courses] = await Promise.all([firstValueFrom(this.api.published()), this.loadFramework()]);
      this.state.set({ courses, loading: false, error: null });
    } catch (error) {
      this.state.update((s) => ({ ...s, loading: false, error }));
    }
  }

  async loadFramework(): Promise<void> {
    if (this.framework()) return;
    try {
      this.framework.set(await firstValueFrom(this.api.competences()));
    } catch {
      // Cards then show bare competence codes; the course list itself still works.
    }
  }
}
