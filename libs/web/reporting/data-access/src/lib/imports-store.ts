import { Injectable, inject, signal } from '@angular/core';
import type { CourseSummary, ImportProblem, RosterImportArea, RosterImportResult } from '@lc/shared-contracts';
import { UiMessage, failureMessage, uiMessage } from '@lc/web-shared-data-access';
import { firstValueFrom } from 'rxjs';
import { ImportKind, importRequest, refusedRows } from './import-file';
import { ImportsApi } from './imports-api';

export interface ImportDone {
  kind: ImportKind;
  count: number;
  areas: RosterImportArea[];
}

/**
 * One import at a time, whole or not at all: what it imported, or why the file or its rows were refused (with the
 * refusal's CSV report); and K0's criteria course, which only the city's admins set.
 */
@Injectable()
export class ImportsStore {
  private readonly api = inject(ImportsApi);

  private readonly _busy = signal(false);
  private readonly _fileError = signal<UiMessage | null>(null);
  private readonly _error = signal<UiMessage | null>(null);
  private readonly _problems = signal<ImportProblem[]>([]);
  private readonly _report = signal<string | null>(null);
  private readonly _imported = signal<ImportDone | null>(null);
  private readonly _courses = signal<CourseSummary[]>([]);
  private readonly _criteriaCourseId = signal('');
  private readonly _criteriaStatus = signal<UiMessage | null>(null);

  readonly busy = this._busy.asReadonly();
  readonly fileError = this._fileError.asReadonly();
  readonly error = this._error.asReadonly();
  readonly problems = this._problems.asReadonly();
  /** The refused rows as CSV, for the admin to download and fix. */
  readonly report = this._report.asReadonly();
  readonly imported = this._imported.asReadonly();
  readonly courses = this._courses.asReadonly();
  readonly criteriaCourseId = this._criteriaCourseId.asReadonly();
  readonly criteriaStatus = this._criteriaStatus.asReadonly();

  clearFileError(): void {
    this._fileError.set(null);
  }

  /** Sends `file` as `kind`; a file the API would refuse for its type or size is refused before sending. */
  async send(kind: ImportKind, file: File | null): Promise<void> {
    if (!file) return this._fileError.set(uiMessage('imports.fileRequired'));
    const request = await importRequest(file);
    if (typeof request === 'string') return this._fileError.set(uiMessage(`imports.fileProblem.${request}`));
    this._busy.set(true);
    this._error.set(null);
    this._problems.set([]);
    this._report.set(null);
    this._imported.set(null);
    try {
      const result = await firstValueFrom(this.api.send(kind, request));
      const areas = 'areas' in result ? (result as RosterImportResult).areas : [];
      this._imported.set({ kind, count: result.imported, areas });
    } catch (err) {
      this._error.set(failureMessage(err));
      const refused = refusedRows(err);
      this._problems.set(refused?.problems ?? []);
      this._report.set(refused?.report ?? null);
    } finally {
      this._busy.set(false);
    }
  }

  chooseCriteriaCourse(courseId: string): void {
    this._criteriaCourseId.set(courseId);
  }

  async loadCriteria(): Promise<void> {
    try {
      const [current, courses] = await Promise.all([
        firstValueFrom(this.api.criteriaCourse()),
        firstValueFrom(this.api.publishedCourses()),
      ]);
      this._courses.set(courses);
      this._criteriaCourseId.set(current.courseId ?? '');
    } catch (err) {
      this._criteriaStatus.set(failureMessage(err));
    }
  }

  async saveCriteria(): Promise<void> {
    this._criteriaStatus.set(null);
    try {
      await firstValueFrom(this.api.setCriteriaCourse(this._criteriaCourseId()));
      this._criteriaStatus.set(uiMessage('imports.criteria.saved'));
    } catch (err) {
      this._criteriaStatus.set(failureMessage(err));
    }
  }
}
