import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { Transition } from '@lc/shared-contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { roleKey } from '../criteria-view';

/** Who moved the application, when and why, and any reason to act although the evidence was broken. */
@Component({
  selector: 'lp-application-history',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, TranslatePipe],
  template: `
    <section class="history" aria-labelledby="lp-history-heading">
      <h2 id="lp-history-heading">{{ 'certification.history.heading' | translate }}</h2>
      @if (transitions().length) {
        <ol class="history__list">
          @for (transition of transitions(); track $index) {
            <li class="history__entry">
              <time [attr.datetime]="transition.at">{{ transition.at | date: 'dd/MM/yyyy HH:mm' }}</time>
              <span class="history__change">
                @if (transition.from) {
                  {{
                    'certification.history.change'
                      | translate
                        : {
                            from: 'certification.status.' + transition.from | translate,
                            to: 'certification.status.' + transition.to | translate,
                          }
                  }}
                } @else {
                  {{
                    'certification.history.created'
                      | translate: { to: 'certification.status.' + transition.to | translate }
                  }}
                }
              </span>
              <span>{{
                'certification.history.by'
                  | translate: { name: transition.actorName, role: roleLabel(transition.actorRole) | translate }
              }}</span>
              @if (transition.reason) {
                <span class="history__reason">{{
                  'certification.history.reason' | translate: { reason: transition.reason }
                }}</span>
              }
              @if (transition.evidenceOverride) {
                <span class="history__reason history__override">{{
                  'certification.history.override' | translate: { reason: transition.evidenceOverride }
                }}</span>
              }
            </li>
          }
        </ol>
      } @else {
        <p>{{ 'certification.history.empty' | translate }}</p>
      }
    </section>
  `,
  styles: `
    :host {
      display: block;
      margin-top: 24px;
    }
    .history__list {
      margin: 0;
      padding-left: 20px;
    }
    .history__entry {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 12px;
      padding: 6px 0;
    }
    .history__change {
      font-weight: 600;
    }
    .history__reason {
      flex: 1 1 100%;
    }
    .history__override {
      padding-left: 8px;
      border-left: 4px solid var(--mat-sys-error, #b3261e);
    }
  `,
})
export class ApplicationHistory {
  readonly transitions = input.required<Transition[]>();

  protected roleLabel(role: string): string {
    return roleKey(role) ?? role;
  }
}
