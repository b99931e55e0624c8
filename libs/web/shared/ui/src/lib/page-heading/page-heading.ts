import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** The one h1 of a page, with an optional lead paragraph. */
@Component({
  selector: 'lp-page-heading',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="lp-page-heading__title" tabindex="-1">{{ heading() }}</h1>
    @if (lead()) {
      <p class="lp-page-heading__lead">{{ lead() }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
      margin: 8px 0 16px;
    }
    .lp-page-heading__title {
      font-size: 1.75rem;
      line-height: 1.25;
      margin: 0 0 8px;
      outline: none;
    }
    .lp-page-heading__lead {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class PageHeading {
  readonly heading = input.required<string>();
  readonly lead = input<string | null>(null);
}
