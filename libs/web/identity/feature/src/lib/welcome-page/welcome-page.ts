import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { RecoveryCodeHandoff } from '@lc/web-identity-data-access';
import { SessionStore } from '@lc/web-shared-data-access';
import { PageHeading } from '@lc/web-shared-ui';
import { RecoveryCodeCard } from '../recovery-code-card/recovery-code-card';

/** What a newly registered person sees: their recovery code (once), and what to do next, in order. */
@Component({
  selector: 'lp-welcome-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, TranslatePipe, PageHeading, RecoveryCodeCard],
  template: `
    <lp-page-heading
      [heading]="'identity.welcome.title' | translate: { name: session.user()?.fullName ?? '' }"
      [lead]="'identity.welcome.lead' | translate"
    />
    @if (recoveryCode) {
      <lp-recovery-code-card [code]="recoveryCode" [owner]="session.user()?.fullName ?? null" />
    } @else {
      <p>
        {{ 'identity.welcome.noCode' | translate }}
        <a routerLink="/account">{{ 'identity.welcome.accountLink' | translate }}</a>
      </p>
    }
    <h2>{{ 'identity.welcome.nextTitle' | translate }}</h2>
    <ol class="welcome-steps">
      <li>
        <a routerLink="/courses">{{ 'identity.welcome.step1' | translate }}</a>
        <p class="lp-muted">{{ 'identity.welcome.step1Help' | translate }}</p>
      </li>
      <li>
        <a routerLink="/skills-assessment">{{ 'identity.welcome.stepSkills' | translate }}</a>
        <p class="lp-muted">{{ 'identity.welcome.stepSkillsHelp' | translate }}</p>
      </li>
      <li>
        <a routerLink="/title">{{ 'identity.welcome.step2' | translate }}</a>
        <p class="lp-muted">{{ 'identity.welcome.step2Help' | translate }}</p>
      </li>
      <li>
        {{ 'identity.welcome.step3' | translate }}
        <p class="lp-muted">{{ 'identity.welcome.step3Help' | translate }}</p>
      </li>
    </ol>
    <div class="lp-actions">
      <a mat-flat-button routerLink="/courses">{{ 'identity.welcome.start' | translate }}</a>
    </div>
  `,
  styles: `
    .welcome-steps {
      padding-left: 24px;
    }
    .welcome-steps li {
      margin-bottom: 12px;
      font-size: 1.05rem;
    }
    .welcome-steps p {
      margin: 4px 0 0;
      font-size: 0.95rem;
    }
  `,
})
export class WelcomePage {
  protected readonly session = inject(SessionStore);
  /** Taken once: a reload shows the page without it, and the account page makes a new one. */
  protected readonly recoveryCode = inject(RecoveryCodeHandoff).take();
}
