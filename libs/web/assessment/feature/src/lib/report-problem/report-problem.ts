import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  effect,
  inject,
  input,
  signal,
  untracked,
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
import { UiMessage, UiText, uiMessage } from '@lc/web-shared-data-access';

let nextId = 0;

/**
 * "Báo lỗi câu hỏi" under a question: a button that opens a small form (reason, optional note). The citizen hears
 * only that the report arrived; nothing about the item's key.
 */
@Component({
  selector: 'lp-report-problem',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatRadioModule, TranslatePipe],
  providers: [ProblemReportStore],
  templateUrl: './report-problem.html',
  styleUrl: './report-problem.scss',
})
export class ReportProblem {
  protected readonly store = inject(ProblemReportStore);
  protected readonly ui = inject(UiText);

  readonly target = input.required<ProblemTarget>();
  /** The question's number as the citizen sees it, for the button's accessible name. */
  readonly number = input.required<number>();

  protected readonly id = `report-${nextId++}`;
  protected readonly reasons = PROBLEM_REASONS;
  protected readonly open = signal(false);
  protected readonly message = signal<UiMessage | null>(null);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    reason: this.fb.control<ProblemReason | ''>('', Validators.required),
    note: ['', Validators.maxLength(1000)],
  });
  private readonly legend = viewChild<ElementRef<HTMLElement>>('legend');
  private readonly toggleButton = viewChild('toggle', { read: ElementRef<HTMLButtonElement> });

  constructor() {
    // The assessment shows one question at a time in the same place: a new question starts with a closed form.
    effect(() => {
      this.target();
      untracked(() => {
        this.open.set(false);
        this.message.set(null);
        this.store.clear();
        this.form.reset();
      });
    });
  }

  protected show(): void {
    this.open.set(true);
    this.message.set(null);
    setTimeout(() => this.legend()?.nativeElement.focus());
  }

  protected cancel(): void {
    this.open.set(false);
    this.form.reset();
    setTimeout(() => this.toggleButton()?.nativeElement.focus());
  }

  protected async send(): Promise<void> {
    if (this.form.invalid) return this.form.markAllAsTouched();
    const { reason, note } = this.form.getRawValue();
    const sent = await this.store.send(this.target(), {
      reason: reason as ProblemReason,
      ...(note.trim() ? { note: note.trim() } : {}),
    });
    if (!sent) return;
    this.message.set(uiMessage('itemBank.report.thanks'));
    this.cancel();
  }
}
