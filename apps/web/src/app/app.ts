import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ROLES, Role } from '@lc/shared-contracts';
import { NoticeStore, NoticeStream } from '@lc/web-records-data-access';
import { LanguageStore, SessionStore } from '@lc/web-shared-data-access';
import { filter } from 'rxjs';

interface NavLink {
  path: string;
  label: string;
  /** Shown to holders of any of these roles; undefined = everyone. */
  roles?: Role[];
}

const NAV_LINKS: NavLink[] = [
  { path: '/courses', label: 'shell.nav.courses' },
  { path: '/verify', label: 'shell.nav.verify' },
  { path: '/help', label: 'shell.nav.help' },
  { path: '/my-learning', label: 'shell.nav.myLearning', roles: ['citizen'] },
  { path: '/title', label: 'shell.nav.myTitle', roles: ['citizen'] },
  { path: '/skills-assessment', label: 'shell.nav.skillsAssessment', roles: ['citizen'] },
  { path: '/trainer', label: 'shell.nav.trainer', roles: ['trainer'] },
  { path: '/review', label: 'shell.nav.review', roles: ['content_reviewer'] },
  { path: '/item-bank/proposals', label: 'shell.nav.itemProposals', roles: ['trainer'] },
  { path: '/item-bank/review', label: 'shell.nav.itemReview', roles: ['content_reviewer'] },
  { path: '/officer', label: 'shell.nav.officer', roles: ['verifier', 'approver'] },
  { path: '/officer/decisions', label: 'shell.nav.decisions', roles: ['verifier', 'approver'] },
  { path: '/dashboard', label: 'shell.nav.dashboard', roles: ['analyst'] },
  { path: '/admin', label: 'shell.nav.admin', roles: ['admin'] },
  { path: '/admin/h5p-libraries', label: 'shell.nav.h5pLibraries', roles: ['admin'] },
  { path: '/dashboard/imports', label: 'shell.nav.imports', roles: ['admin'] },
  { path: '/admin/skills-calibration', label: 'shell.nav.skillsCalibration', roles: ['admin'] },
  { path: '/reset-codes', label: 'shell.nav.resetCodes', roles: ['approver', 'admin'] },
  { path: '/account', label: 'shell.nav.account', roles: [...ROLES] },
];

@Component({
  selector: 'lp-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Plain elements, no Material: the shell is in the first download of every page, and a slow phone pays for each
  // kilobyte of it before anything works (docs/benchmarks.md, "Fast on a slow phone").
  imports: [RouterOutlet, RouterLink, RouterLinkActive, TranslatePipe],
  templateUrl: './app.html',
  styleUrl: './app.scss',
  host: { '(keydown.escape)': 'closeMenu()' },
})
export class App {
  protected readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageStore);
  private readonly router = inject(Router);
  protected readonly notices = inject(NoticeStore);
  private readonly noticeStream = inject(NoticeStream);
  private readonly translate = inject(TranslateService);

  /** The pushed notice in the reader's language, re-worded when the language changes. */
  protected readonly arrivedText = computed(() => {
    const notice = this.notices.arrived();
    this.language.lang();
    if (!notice) return '';
    const name = this.language.text(notice.subjectName);
    const text = this.translate.instant(`notices.kind.${notice.kind}`, { name }) as string;
    return this.translate.instant('notices.arrived', { text }) as string;
  });

  /** On a phone the navigation opens below the header; from 960 px it is always shown (app.scss). */
  protected readonly menuOpen = signal(false);
  private readonly menuButton = viewChild<ElementRef<HTMLButtonElement>>('menuButton');

  protected readonly links = computed(() => {
    this.session.user();
    return NAV_LINKS.filter((link) => !link.roles || link.roles.some((role) => this.session.hasRole(role)));
  });

  constructor() {
    // The bell counts the person's unread notices: fetched at sign-in and after each page change, and pushed by the
    // notice stream while a page is open (docs/adr/0032).
    effect(() => {
      if (this.session.isSignedIn()) {
        void this.notices.load();
        this.noticeStream.start();
      } else {
        this.noticeStream.stop();
        this.notices.clear();
      }
    });
    this.router.events
      .pipe(
        filter((e) => e instanceof NavigationEnd && this.session.isSignedIn()),
        takeUntilDestroyed(),
      )
      .subscribe(() => void this.notices.load());
  }

  protected toggleLanguage(): void {
    this.language.use(this.language.lang() === 'vi' ? 'en' : 'vi');
  }

  protected toggleMenu(): void {
    this.menuOpen.update((open) => !open);
  }

  /** Escape closes the menu and gives focus back to its button, as a disclosure should. */
  protected closeMenu(): void {
    if (!this.menuOpen()) return;
    this.menuOpen.set(false);
    this.menuButton()?.nativeElement.focus();
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
