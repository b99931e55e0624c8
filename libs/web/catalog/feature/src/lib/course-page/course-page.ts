import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { CourseDetail } from '@lc/shared-contracts';
import { CatalogStore, CoursesApi } from '@lc/web-catalog-data-access';
import { MyLearningApi } from '@lc/web-records-data-access';
import {
  LanguageStore,
  SessionStore,
  UiMessage,
  UiText,
  XapiOutbox,
  failureMessage,
  uiMessage,
} from '@lc/web-shared-data-access';
import { ErrorBanner, LoadingIndicator, PageHeading } from '@lc/web-shared-ui';
import { firstValueFrom } from 'rxjs';
import { CourseOutline, MaterialStatement } from '../course-outline/course-outline';
import { competenceLabel, levelBandName, pick } from '../catalog-format';

@Component({
  selector: 'lp-course-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, TranslatePipe, PageHeading, ErrorBanner, LoadingIndicator, CourseOutline],
  templateUrl: './course-page.html',
  // The way back is a link on its own line: give it a full touch target.
  styles: '.back { display: inline-flex; align-items: center; min-height: 44px; }',
})
export class CoursePage {
  private readonly api = inject(CoursesApi);
  protected readonly ui = inject(UiText);
  private readonly catalog = inject(CatalogStore);
  private readonly translate = inject(TranslateService);
  private readonly pageTitle = inject(Title);
  private readonly outbox = inject(XapiOutbox);
  private readonly progress = inject(MyLearningApi);
  protected readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageStore);

  /** Route parameter :courseId. */
  readonly courseId = input.required<string>();

  protected readonly course = signal<CourseDetail | null>(null);
  protected readonly error = signal<UiMessage | null>(null);
  protected readonly saved = signal<UiMessage | null>(null);
  protected readonly openMaterialId = signal<string | null>(null);
  protected readonly done = signal<ReadonlySet<string>>(new Set());

  protected readonly title = computed(() => pick(this.course()?.title, this.language.lang()));
  protected readonly summary = computed(() => pick(this.course()?.summary, this.language.lang()));
  protected readonly level = computed(() => {
    const course = this.course();
    if (!course) return '';
    const band = levelBandName(course.level, this.language.lang(), this.catalog.competenceFramework()?.levelBands);
    return this.translate.instant('catalog.level', { level: course.level, band });
  });
  protected readonly competences = computed(() =>
    (this.course()?.competences ?? []).map((code) =>
      competenceLabel(code, this.language.lang(), this.catalog.competencesByCode()),
    ),
  );

  constructor() {
    void this.catalog.loadFramework();
    effect(() => void this.load(this.courseId()));
    // The route title is generic; name the course in the tab once it is known.
    effect(() => {
      const title = this.title();
      if (title) this.pageTitle.setTitle(`${title} · ${this.translate.instant('shell.productName')}`);
    });
  }

  protected async load(courseId: string): Promise<void> {
    this.error.set(null);
    this.course.set(null);
    try {
      this.course.set(await firstValueFrom(this.api.course(courseId)));
    } catch (err) {
      this.error.set(failureMessage(err));
    }
    await this.loadDone(courseId);
  }

  /** The ticks are a help, not the page: if they cannot load, the course still shows without them. */
  private async loadDone(courseId: string): Promise<void> {
    this.done.set(new Set());
    if (!this.session.hasRole('citizen')) return;
    try {
      const mine = (await firstValueFrom(this.progress.courseProgress())).find((c) => c.courseId === courseId);
      this.done.set(new Set(mine?.lessons.filter((l) => l.done).map((l) => l.materialId)));
    } catch {
      this.done.set(new Set());
    }
  }

  /**
   * H5P results are browser-reported: the server keeps them as `reported` evidence, never as test results.
   * The outbox sends a citizen's statements, or keeps them on the phone while it is offline.
   */
  protected async record({ materialId, statement }: MaterialStatement): Promise<void> {
    try {
      const outcome = await this.outbox.record(materialId, statement);
      if (outcome === 'skipped' || !statement['result']) return;
      if (completes(statement)) this.done.update((done) => new Set([...done, materialId]));
      this.saved.set(uiMessage(outcome === 'sent' ? 'catalog.course.saved' : 'shared.savedOffline'));
    } catch (err) {
      this.error.set(failureMessage(err));
    }
  }
}

const completes = (statement: Record<string, unknown>): boolean =>
  (statement['result'] as { completion?: unknown } | undefined)?.completion === true;
