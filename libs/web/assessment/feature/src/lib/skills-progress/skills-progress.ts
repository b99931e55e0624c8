import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { LocalisedText, SkillsDomainProgress } from '@lc/shared-contracts';

/** Where the citizen is: the domain being asked, and each domain's state, in words as well as in colour. */
@Component({
  selector: 'lp-skills-progress',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    @if (current(); as c) {
      <p class="progress__line">
        {{
          'skills.attempt.domainLine'
            | translate: { n: c.index + 1, total: domains().length, name: text(c.domain.name) }
        }}
      </p>
    }
    <ol class="progress__domains" [attr.aria-label]="'skills.attempt.progressLabel' | translate">
      @for (domain of domains(); track domain.code) {
        <li class="progress__domain" [class]="'progress__domain--' + domain.status">
          <span class="lp-visually-hidden">
            {{ text(domain.name) }}: {{ 'skills.attempt.domainStatus.' + domain.status | translate }}
          </span>
        </li>
      }
    </ol>
    <p class="progress__count">{{ 'skills.attempt.answered' | translate: { answered: answered(), max: max() } }}</p>
  `,
  styles: `
    :host {
      display: block;
      margin-bottom: 12px;
    }
    .progress__line {
      font-weight: 600;
      margin: 0 0 6px;
    }
    .progress__domains {
      display: flex;
      gap: 4px;
      list-style: none;
      padding: 0;
      margin: 0 0 6px;
    }
    .progress__domain {
      flex: 1;
      height: 10px;
      border-radius: 5px;
      background: var(--mat-sys-surface-container-highest);
    }
    .progress__domain--done {
      background: var(--mat-sys-primary);
    }
    .progress__domain--current {
      background: var(--mat-sys-tertiary);
      outline: 2px solid var(--mat-sys-on-surface);
    }
    .progress__count {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class SkillsProgress {
  readonly domains = input.required<SkillsDomainProgress[]>();
  readonly answered = input.required<number>();
  readonly max = input.required<number>();
  readonly lang = input<'vi' | 'en'>('vi');

  protected readonly current = computed(() => {
    const index = this.domains().findIndex((d) => d.status === 'current');
    return index < 0 ? null : { index, domain: this.domains()[index] };
  });

  protected text(value: LocalisedText): string {
    return this.lang() === 'en' && value.en ? value.en : value.vi;
  }
}
