import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl } from '@angular/forms';
import { Router, RouterLink, Scroll } from '@angular/router';
import { Area } from '@lc/shared-contracts';
import { CommuneContactStore } from '@lc/web-identity-data-access';
import { SessionStore, UiText } from '@lc/web-shared-data-access';
import { ErrorBanner, PageHeading } from '@lc/web-shared-ui';
import { TranslatePipe } from '@ngx-translate/core';
import { filter } from 'rxjs';
import { CommuneSearch } from '../commune-search/commune-search';

/** "Giới thiệu & hỏi đáp": the programme, the title, the digital-skills levels, and whom to ask at the commune. */
@Component({
  selector: 'lp-help-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, PageHeading, ErrorBanner, CommuneSearch],
  providers: [CommuneContactStore],
  templateUrl: './help-page.html',
  styleUrl: './help-page.scss',
})
export class HelpPage {
  protected readonly store = inject(CommuneContactStore);
  protected readonly ui = inject(UiText);
  private readonly document = inject(DOCUMENT);

  protected readonly domains = [1, 2, 3, 4, 5, 6];
  protected readonly communeControl = new FormControl<Area | string | null>(null);

  constructor() {
    const communeId = inject(SessionStore).user()?.communeId;
    if (communeId) void this.store.show(communeId);
    this.communeControl.valueChanges.subscribe((value) => {
      if (value && typeof value === 'object') void this.store.show(value.id);
    });
    // A contextual link (/help#levels) lands on its section, with the focus on its heading for screen readers. The
    // router's own handler of the same Scroll event puts the page back at the top, and runs after this subscriber:
    // hence the next task.
    inject(Router)
      .events.pipe(
        filter((e): e is Scroll => e instanceof Scroll && !!e.anchor),
        takeUntilDestroyed(),
      )
      .subscribe((e) => setTimeout(() => this.goToSection(e.anchor ?? '')));
  }

  private goToSection(id: string): void {
    const heading = this.document.getElementById(id);
    if (!heading) return;
    heading.focus({ preventScroll: true });
    heading.scrollIntoView?.({ block: 'start' });
  }
}
