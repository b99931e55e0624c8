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
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@ngx-translate/core';
import { ProblemReportStore, ProblemTarget } from '@lc/web-assessment-data-access';
import { UiMessage, UiText, uiMessage } from '@lc/web-shared-data-access';
import { ReportProblemForm } from './report-problem-form';

let nextId = 0;

/**
 * "Báo lỗi câu hỏi" under a question: a button that opens a small form (reason, optional note). The citizen hears
 * only that the report arrived; nothing about the item's key.
 */
@Component({
  selector: 'lp-report-problem',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, TranslatePipe, ReportProblemForm],
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
  protected readonly open = signal(false);
  protected readonly message = signal<UiMessage | null>(null);
  private readonly toggleButton = viewChild('toggle', { read: ElementRef<HTMLButtonElement> });

  constructor() {
    // The assessment shows one question at a time in the same place: a new question starts with a closed form.
    effect(() => {
      this.target();
      untracked(() => {
        this.open.set(false);
        this.message.set(null);
        this.store.clear();
      });
    });
  }

  protected show(): void {
    this.open.set(true);
    this.message.set(null);
  }

  protected sent(): void {
    this.message.set(uiMessage('itemBank.report.thanks'));
    this.close();
  }

  protected close(): void {
    this.open.set(false);
    setTimeout(() => this.toggleButton()?.nativeElement.focus());
  }
}
