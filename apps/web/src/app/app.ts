import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, viewChild } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatListModule } from '@angular/material/list';
import { MatSidenav, MatSidenavContainer, MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { Role } from '@lc/shared-contracts';
import { LanguageStore, SessionStore } from '@lc/web-shared-data-access';
import { filter, map } from 'rxjs';

interface NavLink {
  path: string;
  label: string;
  /** Shown to holders of any of these roles; undefined = everyone. */
  roles?: Role[];
}

const NAV_LINKS: NavLink[] = [
  { path: '/courses', label: 'shell.nav.courses' },
  { path: '/title', label: 'shell.nav.myLearning', roles: ['citizen'] },
  { path: '/trainer', label: 'shell.nav.trainer', roles: ['trainer'] },
  { path: '/review', label: 'shell.nav.review', roles: ['content_reviewer'] },
  { path: '/officer', label: 'shell.nav.officer', roles: ['verifier', 'approver'] },
  { path: '/dashboard', label: 'shell.nav.dashboard', roles: ['analyst'] },
  { path: '/admin', label: 'shell.nav.admin', roles: ['admin'] },
];

@Component({
  selector: 'lp-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    MatToolbarModule,
    MatSidenavModule,
    MatListModule,
    MatButtonModule,
    TranslatePipe,
  ],
  templateUrl: './app.html',
  styleUrl: './app.scss',
})
export class App {
  protected readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageStore);
  private readonly router = inject(Router);
  private readonly sidenav = viewChild.required(MatSidenav);
  private readonly container = viewChild.required(MatSidenavContainer);

  protected readonly wide = toSignal(
    inject(BreakpointObserver)
      .observe('(min-width: 960px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );

  protected readonly links = computed(() => {
    this.session.user();
    return NAV_LINKS.filter((link) => !link.roles || link.roles.some((role) => this.session.hasRole(role)));
  });

  constructor() {
    // The page scrolls inside the sidenav content, not the window, so the router's scroll restoration misses it.
    this.router.events
      .pipe(
        filter((e) => e instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.container().scrollable?.scrollTo({ top: 0 }));
  }

  protected toggleLanguage(): void {
    this.language.use(this.language.lang() === 'vi' ? 'en' : 'vi');
  }

  protected closeIfOver(): void {
    if (!this.wide()) void this.sidenav().close();
  }

  protected async signOut(): Promise<void> {
    await this.session.logout();
    await this.router.navigateByUrl('/');
  }

  /** A plain href="#main" would reload the page under the router's <base href>; move focus instead. */
  protected skipToMain(event: Event, main: HTMLElement): void {
    event.preventDefault();
    main.focus();
    main.scrollIntoView();
  }
}
