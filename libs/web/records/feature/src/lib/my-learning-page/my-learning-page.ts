import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { MyLearningStore } from '@lc/web-records-data-access';
import { LanguageStore, UiText } from '@lc/web-shared-data-access';
import { ErrorBanner, LoadingIndicator, PageHeading } from '@lc/web-shared-ui';
import { ApplicationSteps } from '../application-steps/application-steps';
import { CourseProgressList } from '../course-progress-list/course-progress-list';

const FIRST_RECORDS = 20;

/** "Việc học của tôi": one place to see what the citizen has learnt and where their application stands. */
@Component({
  selector: 'lp-my-learning-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    RouterLink,
    TranslatePipe,
    PageHeading,
    ErrorBanner,
    LoadingIndicator,
    CourseProgressList,
    ApplicationSteps,
  ],
  providers: [MyLearningStore],
  templateUrl: './my-learning-page.html',
  styleUrl: './my-learning-page.scss',
})
export class MyLearningPage {
  protected readonly store = inject(MyLearningStore);
  protected readonly ui = inject(UiText);
  protected readonly language = inject(LanguageStore);
  protected readonly year = new Date().getFullYear();
  /** A phone shows the newest records first; the rest (up to the API's 500) on request. */
  protected readonly firstRecords = FIRST_RECORDS;
  protected readonly showAllRecords = signal(false);
  protected readonly shownRecords = computed(() =>
    this.showAllRecords() ? this.store.records() : this.store.records().slice(0, FIRST_RECORDS),
  );

  constructor() {
    void this.store.load(this.year);
  }
}
