import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { CourseProgress } from '@lc/shared-contracts';
import { LanguageStore } from '@lc/web-shared-data-access';

/** Courses with a tick per lesson; the tick is spoken as "Đã xong"/"Chưa xong", never left to the symbol alone. */
@Component({
  selector: 'lp-course-progress-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe],
  templateUrl: './course-progress-list.html',
  styleUrl: './course-progress-list.scss',
})
export class CourseProgressList {
  readonly courses = input.required<CourseProgress[]>();
  protected readonly language = inject(LanguageStore);

  protected doneCount(course: CourseProgress): number {
    return course.lessons.filter((l) => l.done).length;
  }
}
