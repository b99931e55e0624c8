import { Injectable, computed, inject, signal } from '@angular/core';
import { CourseDetail, EditorMaterialSource } from '@lc/shared-contracts';
import { Observable, firstValueFrom } from 'rxjs';
import { EditorApi, EditorRequest } from './editor-api';

/**
 * One material in the H5P editor: its source, a preview, the save and the export. Actions reject with the failed
 * call itself, because the editor places the API's problems beside the fields they name.
 */
@Injectable()
export class MaterialEditorStore {
  private readonly api = inject(EditorApi);
  private readonly pending = signal(0);

  readonly busy = computed(() => this.pending() > 0);

  source(courseId: string, materialId: string): Promise<EditorMaterialSource> {
    return this.track(this.api.source(courseId, materialId));
  }

  /** Resolves to where the preview's player finds the content. */
  async preview(courseId: string, request: EditorRequest, materialId?: string): Promise<string> {
    return (await this.track(this.api.preview(courseId, request, materialId))).basePath;
  }

  /** Creates the material, or updates `materialId`; resolves to the course as it now is. */
  save(courseId: string, materialId: string | undefined, request: EditorRequest): Promise<CourseDetail> {
    return this.track(materialId ? this.api.update(courseId, materialId, request) : this.api.create(courseId, request));
  }

  export(courseId: string, materialId: string): Promise<Blob> {
    return this.track(this.api.export(courseId, materialId));
  }

  private async track<T>(source: Observable<T>): Promise<T> {
    this.pending.update((n) => n + 1);
    try {
      return await firstValueFrom(source);
    } finally {
      this.pending.update((n) => n - 1);
    }
  }
}
