import { ChangeDetectionStrategy, Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { CourseSummary } from '@lc/shared-contracts';
import { CatalogStore, ReviewStore } from '@lc/web-catalog-data-access';
import { LanguageStore, UiMessage, UiText, failureMessage, uiMessage, translateText } from '@lc/web-shared-data-access';
import { ErrorBanner, LoadingIndicator, PageHeading } from '@lc/web-shared-ui';
import { CourseOutline } from '../course-outline/course-outline';
import { competenceLabel, levelBandName, pick } from '../catalog-format';

@Component({
  selector: 'lp-review-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    TranslatePipe,
    PageHeading,
    ErrorBanner,
    LoadingIndicator,
    CourseOutline,
  ],
  templateUrl: './review-page.html',
  styleUrl: './review-page.scss',
})
export class ReviewPage {
  protected readonly store = inject(ReviewStore);
  protected readonly ui = inject(UiText);
  protected readonly catalog = inject(CatalogStore);
  protected readonly language = inject(LanguageStore);
  private readonly translate = inject(TranslateService);

  protected readonly error = signal<UiMessage | null>(null);
  protected readonly status = signal<UiMessage | null>(null);
  protected readonly openMaterialId = signal<string | null>(null);
  protected readonly pick = pick;
  protected readonly returnForm = inject(NonNullableFormBuilder).group({
    reason: ['', [Validators.required, Validators.maxLength(2000)]],
  });
  private readonly detailHeading = viewChild<ElementRef<HTMLElement>>('detailHeading');

  constructor() {
    void this.catalog.loadFramework();
    void this.run(() => this.store.load());
  }

  protected title(course: CourseSummary): string {
    return pick(course.title, this.language.lang());
  }

  protected levelText(course: CourseSummary): string {
    const band = levelBandName(course.level, this.language.lang(), this.catalog.competenceFramework()?.levelBands);
    return translateText(this.translate, 'catalog.level', { level: course.level, band });
  }

  protected competenceText(course: CourseSummary): string {
    return course.competences
      .map((c) => competenceLabel(c, this.language.lang(), this.catalog.competencesByCode()))
      .join('; ');
  }

  protected async view(course: CourseSummary): Promise<void> {
    this.openMaterialId.set(null);
    this.returnForm.reset();
    if (await this.run(() => this.store.open(course.id))) {
      setTimeout(() => this.detailHeading()?.nativeElement.focus());
    }
  }

  protected async publish(course: CourseSummary): Promise<void> {
    await this.run(() => this.store.publish(), 'catalog.review.published', { title: this.title(course) });
  }

  protected async returnCourse(course: CourseSummary): Promise<void> {
    if (this.returnForm.invalid) return this.returnForm.markAllAsTouched();
    const reason = this.returnForm.getRawValue().reason.trim();
    await this.run(() => this.store.returnToAuthor(reason), 'catalog.review.returned', { title: this.title(course) });
  }

  private async run(
    action: () => Promise<unknown>,
    successKey?: string,
    params?: Record<string, unknown>,
  ): Promise<boolean> {
    this.error.set(null);
    this.status.set(null);
    try {
      await action();
      if (successKey) this.status.set(uiMessage(successKey, params));
      return true;
    } catch (err) {
      this.error.set(failureMessage(err));
      return false;
    }
  }
}
