import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { PageHeading } from '../page-heading/page-heading';

/** Strings come from the shared translations the app provides at the root (`shared.notFound.*`). */
@Component({
  selector: 'lp-not-found-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PageHeading, MatButtonModule, RouterLink, TranslatePipe],
  template: `
    <lp-page-heading [heading]="'shared.notFound.title' | translate" [lead]="'shared.notFound.text' | translate" />
    <a mat-flat-button routerLink="/">{{ 'shared.notFound.home' | translate }}</a>
  `,
})
export class NotFoundPage {}
