import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import type { CourseSummary, RosterImportArea } from '@lc/shared-contracts';
import { IMPORT_HEADERS, IMPORT_KINDS, ImportKind, ImportsStore } from '@lc/web-reporting-data-access';
import { LanguageStore, SessionStore, UiText, translateText } from '@lc/web-shared-data-access';
import { ErrorBanner, PageHeading } from '@lc/web-shared-ui';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';

const CITY = '01';

/** Population figures and the K2/K0 rosters, imported whole or not at all by admins; K0's criteria course. */
@Component({
  selector: 'lp-imports-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatButtonModule, TranslatePipe, PageHeading, ErrorBanner],
  providers: [ImportsStore],
  templateUrl: './imports-page.html',
  styleUrl: './imports-page.scss',
})
export class ImportsPage {
  protected readonly store = inject(ImportsStore);
  protected readonly ui = inject(UiText);
  private readonly translate = inject(TranslateService);
  private readonly session = inject(SessionStore);
  protected readonly lang = inject(LanguageStore).lang;

  protected readonly kinds = IMPORT_KINDS;
  protected readonly headers = IMPORT_HEADERS;
  protected readonly kind = signal<ImportKind>('population');
  protected readonly file = signal<File | null>(null);
  protected readonly reportUrl = signal<string | null>(null);
  private shownReport: string | null = null;
  protected readonly cityAdmin = computed(() => this.session.grants('admin').some((g) => g.areaId === CITY));

  constructor() {
    inject(DestroyRef).onDestroy(() => this.setReport(null));
    if (this.cityAdmin()) void this.store.loadCriteria();
  }

  protected choose(event: Event): void {
    this.file.set((event.target as HTMLInputElement).files?.[0] ?? null);
    this.store.clearFileError();
  }

  protected async submit(): Promise<void> {
    await this.store.send(this.kind(), this.file());
    const report = this.store.report();
    if (report === this.shownReport) return;
    this.shownReport = report;
    this.setReport(report ? URL.createObjectURL(new Blob(['\uFEFF', report], { type: 'text/csv' })) : null);
  }

  /** "3 / 12", with a withheld count shown as "< 10" and a missing roster in words. */
  protected ratio(f: RosterImportArea['before']): string {
    if (f.denominator === null) return translateText(this.translate, 'imports.result.noRoster');
    const n = f.numerator === null ? '< 10' : f.numerator.toLocaleString(this.lang());
    return `${n} / ${f.denominator.toLocaleString(this.lang())}`;
  }

  protected courseTitle(c: CourseSummary): string {
    return this.lang() === 'en' ? (c.title.en ?? c.title.vi) : c.title.vi;
  }

  private setReport(url: string | null): void {
    const old = this.reportUrl();
    if (old) URL.revokeObjectURL(old);
    this.reportUrl.set(url);
  }
}
