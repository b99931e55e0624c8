import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { TranslatePipe } from '@ngx-translate/core';
import { ForwardSummary, TRUST_LEVELS } from './forward-summary';

export interface ForwardSummaryData {
  applicantName: string;
  summary: ForwardSummary;
  /** Criterion code → its text in the reader's language. */
  names: Record<string, string>;
}

/**
 * The evidence an officer is about to vouch for, in one view, before forwarding; closes with true to go on.
 * The cancel button has the initial focus: the careful answer is the easy one.
 */
@Component({
  selector: 'lp-forward-summary-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatDialogModule, MatButtonModule, TranslatePipe],
  templateUrl: './forward-summary-dialog.html',
  styleUrl: './forward-summary-dialog.scss',
})
export class ForwardSummaryDialog {
  protected readonly data = inject<ForwardSummaryData>(MAT_DIALOG_DATA);
  protected readonly s = this.data.summary;
  protected readonly levels = TRUST_LEVELS;
}
