import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  effect,
  inject,
  input,
  viewChild,
} from '@angular/core';
import { DOCUMENT } from '@angular/common';

/** One problem to list; `field` links it to the control whose id is `${idPrefix}-${field}`. */
export interface ErrorSummaryItem {
  message: string;
  field?: string;
}

/**
 * The GOV.UK error summary: after a failed submit it lists every problem, each linking to its control, and takes
 * the focus so that the message is where the eye and the screen reader are, even at the end of a long form.
 */
@Component({
  selector: 'lp-error-summary',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './error-summary.html',
  styleUrl: './error-summary.scss',
})
export class ErrorSummary {
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  readonly heading = input.required<string>();
  readonly problems = input<readonly ErrorSummaryItem[]>([]);
  /** Prefix of the controls' ids, e.g. `register` for `register-citizenId`. */
  readonly idPrefix = input('');
  /** Where a control's id is not `${idPrefix}-${field}` (e.g. an option list numbers its inputs): its id. */
  readonly targetOf = input<((field: string) => string) | null>(null);

  private readonly box = viewChild<ElementRef<HTMLElement>>('box');
  protected readonly titleId = `lp-error-summary-${nextId++}`;

  constructor() {
    // Each new list of problems (a new failed submit) takes the focus once it is on screen.
    effect(() => {
      if (this.problems().length) afterNextRender(() => this.focus(), { injector: this.injector });
    });
  }

  /** Brings the summary into view and gives it the focus. */
  focus(): void {
    const box = this.box()?.nativeElement;
    if (!box) return;
    box.focus({ preventScroll: true });
    box.scrollIntoView?.({ block: 'start' });
  }

  protected targetId(field: string): string {
    const targetOf = this.targetOf();
    if (targetOf) return targetOf(field);
    return this.idPrefix() ? `${this.idPrefix()}-${field}` : field;
  }

  /** Moves to the control itself rather than following the fragment, which the router would treat as navigation. */
  protected goTo(event: Event, field: string): void {
    const target = this.document.getElementById(this.targetId(field));
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.scrollIntoView?.({ block: 'center' });
  }
}

let nextId = 0;
