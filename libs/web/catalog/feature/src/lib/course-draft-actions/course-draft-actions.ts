import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { CourseDetail, UpdateCourseRequest } from '@lc/shared-contracts';

/** The author's changes to a draft's title and summary, and the way to delete the draft. */
@Component({
  selector: 'lp-course-draft-actions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  templateUrl: './course-draft-actions.html',
})
export class CourseDraftActions {
  readonly course = input.required<CourseDetail>();
  readonly busy = input(false);
  readonly save = output<UpdateCourseRequest>();
  readonly remove = output<void>();

  protected readonly editing = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(200)]],
    summary: ['', [Validators.required, Validators.minLength(10), Validators.maxLength(2000)]],
  });

  protected startEdit(): void {
    const course = this.course();
    this.form.reset({ title: course.title.vi, summary: course.summary.vi });
    this.editing.set(true);
  }

  protected submit(): void {
    if (this.form.invalid) return this.form.markAllAsTouched();
    const { title, summary } = this.form.getRawValue();
    const c = this.course();
    this.save.emit({
      title: title.trim(),
      summary: summary.trim(),
      competences: c.competences,
      level: c.level,
      populationGroups: c.populationGroups,
      estimatedMinutes: c.estimatedMinutes,
    });
  }

  /** The parent calls this once the change is saved. */
  close(): void {
    this.editing.set(false);
  }
}
