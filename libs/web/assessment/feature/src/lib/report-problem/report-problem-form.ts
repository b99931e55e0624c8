import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  inject,
  input,
  output,
  viewChild,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { TranslatePipe } from '@ngx-translate/core';
import { PROBLEM_REASONS, ProblemReason } from '@lc/shared-contracts';
import { ProblemReportStore, ProblemTarget } from '@lc/web-assessment-data-access';
import { UiText } from '@lc/web-shared-data-access';

/**
 * The form of "Báo lỗi câu hỏi" (reason, optional note), apart from its button: `@angular/forms` and the form fields
 * are downloaded when a citizen first opens it, not before a test's first question. Sends with its host's store.
 */
@Component({
  selector: 'lp-report-problem-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatRadioModule, TranslatePipe],
  templateUrl: './report-problem-form.html',
  styleUrl: './report-problem-form.scss',
})
export class ReportProblemForm {
  protected readonly store = inject(ProblemReportStore);
  protected readonly ui = inject(UiText);

  readonly target = input.required<ProblemTarget>();
  /** Prefixes the legend's id. */
  readonly key = input.required<string>();
  readonly sent = output<void>();
  readonly cancelled = output<void>();

  protected readonly reasons = PROBLEM_REASONS;
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    reason: this.fb.control<ProblemReason | ''>('', Validators.required),
    note: ['', Validators.maxLength(1000)],
  });
  private readonly legend = viewChild<ElementRef<HTMLElement>>('legend');

  constructor() {
    // Opening moves the focus to the form, so a screen reader reads its legend next.
    afterNextRender(() => this.legend()?.nativeElement.focus());
  }

  protected async send(): Promise<void> {
    if (this.form.invalid) return this.form.markAllAsTouched();
    const { reason, note } = this.form.getRawValue();
    const sent = await this.store.send(this.target(), {
      reason: reason as ProblemReason,
      ...(note.trim() ? { note: note.trim() } : {}),
    });
    if (sent) this.sent.emit();
  }
}
