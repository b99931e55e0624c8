import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { CatalogStore } from '@lc/web-catalog-data-access';
import { LanguageStore, apiErrorMessage } from '@lc/web-shared-data-access';
import { ErrorBanner, LoadingIndicator, PageHeading } from '@lc/web-shared-ui';
import { CourseCard } from '../course-card/course-card';

@Component({
  selector: 'lp-catalog-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, PageHeading, ErrorBanner, LoadingIndicator, CourseCard],
  templateUrl: './catalog-page.html',
  styleUrl: './catalog-page.scss',
})
export class CatalogPage {
  protected readonly store = inject(CatalogStore);
  protected readonly language = inject(LanguageStore);
  private readonly translate = inject(TranslateService);

  protected readonly errorMessage = computed(() => {
    const error = this.store.error();
    return error ? apiErrorMessage(error, this.translate) : null;
  });

  constructor() {
    void this.store.load();
  }

  protected reload(): void {
    void this.store.load();
  }
}
