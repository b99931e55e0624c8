import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import {
  CompetenceDomain,
  CreateCourseRequest,
  LevelBand,
  POPULATION_GROUPS,
  PopulationGroup,
} from '@lc/shared-contracts';
import { injectFormErrors } from '@lc/web-shared-data-access';
import { ErrorSummary } from '@lc/web-shared-ui';
import { Lang, levelBandName, pick } from '../catalog-format';

/** The course asked for, and the key that makes every repeat of this one request create it only once. */
export interface CourseCreation {
  request: CreateCourseRequest;
  key: string;
}

@Component({
  selector: 'lp-course-create-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    TranslatePipe,
    ErrorSummary,
  ],
  templateUrl: './course-create-form.html',
})
export class CourseCreateForm {
  readonly domains = input<CompetenceDomain[]>([]);
  readonly levelBands = input<LevelBand[] | null>(null);
  readonly lang = input<Lang>('vi');
  readonly busy = input(false);
  readonly create = output<CourseCreation>();

  protected readonly populationGroups = POPULATION_GROUPS;
  protected readonly levels = [1, 2, 3, 4, 5, 6, 7, 8];
  protected readonly pick = pick;
  protected readonly bandName = (level: number) => levelBandName(level, this.lang(), this.levelBands());

  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', [Validators.required, Validators.maxLength(200)]],
    summary: ['', [Validators.required, Validators.maxLength(2000)]],
    competences: new FormControl<string[]>([], { nonNullable: true, validators: Validators.required }),
    level: [1, Validators.required],
    populationGroups: new FormControl<PopulationGroup[]>([...POPULATION_GROUPS], {
      nonNullable: true,
      validators: Validators.required,
    }),
    estimatedMinutes: [30, [Validators.required, Validators.min(1), Validators.max(6000)]],
    moduleTitle: ['', [Validators.required, Validators.maxLength(200)]],
  });

  /** A refused create: each field's problem beside its control, in the reader's language, and in the summary. */
  protected readonly errors = injectFormErrors();

  /** New whenever the form changes: a double tap repeats the same course, an edited form asks for another. */
  private key = crypto.randomUUID();

  constructor() {
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => (this.key = crypto.randomUUID()));
  }

  protected submit(): void {
    this.errors.clear();
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    const request: CreateCourseRequest = {
      ...v,
      title: v.title.trim(),
      summary: v.summary.trim(),
      moduleTitle: v.moduleTitle.trim(),
      level: Number(v.level),
      estimatedMinutes: Number(v.estimatedMinutes),
    };
    this.create.emit({ request, key: this.key });
  }

  /** The parent calls this once the course exists. */
  reset(): void {
    this.form.reset();
    this.errors.clear();
  }

  /** The parent calls this when the API refused the course. */
  fail(err: unknown): void {
    this.errors.fail(err, this.form);
  }
}
