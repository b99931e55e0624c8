import { Injectable, inject, signal } from '@angular/core';
import type { EditorMaterialSummary } from '@lc/shared-contracts';
import { UiMessage, failureMessage } from '@lc/web-shared-data-access';
import { firstValueFrom } from 'rxjs';
import { EditorApi } from './editor-api';

/** The materials made in the editor for one course (the trainer's page), and their .h5p exports. */
@Injectable()
export class EditorMaterialsStore {
  private readonly api = inject(EditorApi);

  private readonly _materials = signal<EditorMaterialSummary[]>([]);
  private readonly _error = signal<UiMessage | null>(null);

  readonly materials = this._materials.asReadonly();
  readonly error = this._error.asReadonly();

  async load(courseId: string): Promise<void> {
    try {
      this._materials.set(await firstValueFrom(this.api.list(courseId)));
    } catch (err) {
      this._error.set(failureMessage(err));
    }
  }

  /** Resolves to the material's .h5p file, or null when the export failed (the error says why). */
  async export(courseId: string, materialId: string): Promise<Blob | null> {
    this._error.set(null);
    try {
      return await firstValueFrom(this.api.export(courseId, materialId));
    } catch (err) {
      this._error.set(failureMessage(err));
      return null;
    }
  }
}
