import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { Timeline } from '@lc/web-records-data-access';

/** The application's steps as an ordered list; the current one carries aria-current="step". */
@Component({
  selector: 'lp-application-steps',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, TranslatePipe],
  templateUrl: './application-steps.html',
  styleUrl: './application-steps.scss',
})
export class ApplicationSteps {
  readonly timeline = input.required<Timeline>();
}
