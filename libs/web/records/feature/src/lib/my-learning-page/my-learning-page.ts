import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { MyLearningStore } from '@lc/web-records-data-access';
import { LanguageStore } from '@lc/web-shared-data-access';
import { ErrorBanner, LoadingIndicator, PageHeading } from '@lc/web-shared-ui';
import { ApplicationSteps } from '../application-steps/application-steps';
import { CourseProgressList } from '../course-progress-list/course-progress-list';

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
  protected readonly language = inject(LanguageStore);
  protected readonly year = new Date().getFullYear();

  constructor() {
    void this.store.load(this.year);
  }
}
