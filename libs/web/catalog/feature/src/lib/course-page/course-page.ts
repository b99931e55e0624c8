import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { CatalogStore, CourseStore } from '@lc/web-catalog-data-access';
import { LanguageStore, SessionStore, UiMessage, UiText, uiMessage, translateText } from '@lc/web-shared-data-access';
import { ErrorBanner, LoadingIndicator, PageHeading } from '@lc/web-shared-ui';
import { CourseOutline, MaterialStatement } from '../course-outline/course-outline';
import { competenceLabel, levelBandName, pick } from '../catalog-format';

@Component({
  selector: 'lp-course-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, TranslatePipe, PageHeading, ErrorBanner, LoadingIndicator, CourseOutline],
  providers: [CourseStore],
  templateUrl: './course-page.html',
  // The way back is a link on its own line: give it a full touch target.
  styles: '.back { display: inline-flex; align-items: center; min-height: 44px; }',
})
export class CoursePage {
  protected readonly store = inject(CourseStore);
  protected readonly ui = inject(UiText);
  private readonly catalog = inject(CatalogStore);
  private readonly translate = inject(TranslateService);
  private readonly pageTitle = inject(Title);
  protected readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageStore);

  /** Route parameter :courseId. */
  readonly courseId = input.required<string>();

  protected readonly course = this.store.course;
  protected readonly saved = signal<UiMessage | null>(null);
  protected readonly openMaterialId = signal<string | null>(null);

  protected readonly title = computed(() => pick(this.course()?.title, this.language.lang()));
  protected readonly summary = computed(() => pick(this.course()?.summary, this.language.lang()));
  protected readonly level = computed(() => {
    const course = this.course();
    if (!course) return '';
    const band = levelBandName(course.level, this.language.lang(), this.catalog.competenceFramework()?.levelBands);
    return translateText(this.translate, 'catalog.level', { level: course.level, band });
  });
  protected readonly competences = computed(() =>
    (this.course()?.competences ?? []).map((code) =>
      competenceLabel(code, this.language.lang(), this.catalog.competencesByCode()),
    ),
  );

  constructor() {
    void this.catalog.loadFramework();
    effect(() => void this.store.load(this.courseId()));
    // The route title is generic; name the course in the tab once it is known.
    effect(() => {
      const title = this.title();
      if (title) this.pageTitle.setTitle(`${title} · ${translateText(this.translate, 'shell.productName')}`);
    });
  }

  /** Says where a result went: to the server, or kept on the phone while it is offline. */
  protected async record({ materialId, statement }: MaterialStatement): Promise<void> {
    const outcome = await this.store.record(materialId, statement);
    if (outcome) this.saved.set(uiMessage(outcome === 'sent' ? 'catalog.course.saved' : 'shared.savedOffline'));
  }
}
