import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import type { CourseSummary, ImportProblem, RosterImportArea, RosterImportResult } from '@lc/shared-contracts';
import { LanguageStore, SessionStore, apiErrorMessage } from '@lc/web-shared-data-access';
import { ErrorBanner, PageHeading } from '@lc/web-shared-ui';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { IMPORT_HEADERS, IMPORT_KINDS, ImportKind, importRequest, refusedRows } from './import-file';
import { ImportsApi } from './imports-api';

const CITY = '01';

/** Population figures and the K2/K0 rosters, imported whole or not at all by admins; K0's criteria course. */
@Component({
  selector: 'lp-imports-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatButtonModule, TranslatePipe, PageHeading, ErrorBanner],
  templateUrl: './imports-page.html',
  styleUrl: './imports-page.scss',
})
export class ImportsPage {
  private readonly api = inject(ImportsApi);
  private readonly translate = inject(TranslateService);
  private readonly session = inject(SessionStore);
  protected readonly lang = inject(LanguageStore).lang;

  protected readonly kinds = IMPORT_KINDS;
  protected readonly headers = IMPORT_HEADERS;
  protected readonly kind = signal<ImportKind>('population');
  protected readonly file = signal<File | null>(null);
  protected readonly busy = signal(false);
  protected readonly fileError = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly problems = signal<ImportProblem[]>([]);
  protected readonly reportUrl = signal<string | null>(null);
  protected readonly imported = signal<{ kind: ImportKind; count: number; areas: RosterImportArea[] } | null>(null);

  protected readonly cityAdmin = computed(() => this.session.grants('admin').some((g) => g.areaId === CITY));
  protected readonly courses = signal<CourseSummary[]>([]);
  protected readonly criteriaCourseId = signal<string>('');
  protected readonly criteriaStatus = signal<string | null>(null);

  constructor() {
    inject(DestroyRef).onDestroy(() => this.setReport(null));
    if (this.cityAdmin()) void this.loadCriteria();
  }

  protected choose(event: Event): void {
    this.file.set((event.target as HTMLInputElement).files?.[0] ?? null);
    this.fileError.set(null);
  }

  protected async submit(): Promise<void> {
    const file = this.file();
    if (!file) return this.fileError.set(this.translate.instant('imports.fileRequired'));
    const request = await importRequest(file);
    if (typeof request === 'string')
      return this.fileError.set(this.translate.instant(`imports.fileProblem.${request}`));
    const kind = this.kind();
    this.busy.set(true);
    this.error.set(null);
    this.problems.set([]);
    this.imported.set(null);
    this.setReport(null);
    try {
      const result = await firstValueFrom(this.api.send(kind, request));
      const areas = 'areas' in result ? (result as RosterImportResult).areas : [];
      this.imported.set({ kind, count: result.imported, areas });
    } catch (err) {
      this.error.set(apiErrorMessage(err, this.translate));
      const refused = refusedRows(err);
      if (refused) {
        this.problems.set(refused.problems);
        this.setReport(URL.createObjectURL(new Blob(['\uFEFF', refused.report], { type: 'text/csv' })));
      }
    } finally {
      this.busy.set(false);
    }
  }

  /** "3 / 12", with a withheld count shown as "< 10" and a missing roster in words. */
  protected ratio(f: RosterImportArea['before']): string {
    if (f.denominator === null) return this.translate.instant('imports.result.noRoster');
    const n = f.numerator === null ? '< 10' : f.numerator.toLocaleString(this.lang());
    return `${n} / ${f.denominator.toLocaleString(this.lang())}`;
  }

  protected courseTitle(c: CourseSummary): string {
    return this.lang() === 'en' ? (c.title.en ?? c.title.vi) : c.title.vi;
  }

  protected async saveCriteria(): Promise<void> {
    this.criteriaStatus.set(null);
    try {
      await firstValueFrom(this.api.setCriteriaCourse(this.criteriaCourseId()));
      this.criteriaStatus.set(this.translate.instant('imports.criteria.saved'));
    } catch (err) {
      this.criteriaStatus.set(apiErrorMessage(err, this.translate));
    }
  }

  private async loadCriteria(): Promise<void> {
    try {
      const [current, courses] = await Promise.all([
        firstValueFrom(this.api.criteriaCourse()),
        firstValueFrom(this.api.publishedCourses()),
      ]);
      this.courses.set(courses);
      this.criteriaCourseId.set(current.courseId ?? '');
    } catch (err) {
      this.criteriaStatus.set(apiErrorMessage(err, this.translate));
    }
  }

  private setReport(url: string | null): void {
    const old = this.reportUrl();
    if (old) URL.revokeObjectURL(old);
    this.reportUrl.set(url);
  }
}
