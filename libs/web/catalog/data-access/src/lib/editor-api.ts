import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import {
  CourseDetail,
  EditorMaterialSource,
  EditorMaterialSummary,
  EditorPreview,
  EditorSource,
} from '@lc/shared-contracts';

const id = (value: string) => encodeURIComponent(value);

/** A save or preview: the source, and the new images its `upload:<n>` fields name, in that order. */
export interface EditorRequest {
  source: EditorSource;
  images: File[];
}

/** The H5P editor's endpoints (docs/api-overview.md): all for the course's author. */
@Injectable({ providedIn: 'root' })
export class EditorApi {
  private readonly http = inject(HttpClient);

  list(courseId: string): Observable<EditorMaterialSummary[]> {
    return this.http.get<EditorMaterialSummary[]>(`${this.base(courseId)}/materials`);
  }

  source(courseId: string, materialId: string): Observable<EditorMaterialSource> {
    return this.http.get<EditorMaterialSource>(`${this.base(courseId)}/materials/${id(materialId)}`);
  }

  create(courseId: string, req: EditorRequest): Observable<CourseDetail> {
    return this.http.post<CourseDetail>(`${this.base(courseId)}/materials`, body(req));
  }

  update(courseId: string, materialId: string, req: EditorRequest): Observable<CourseDetail> {
    return this.http.put<CourseDetail>(`${this.base(courseId)}/materials/${id(materialId)}`, body(req));
  }

  /** `materialId`: the material being edited, whose stored images the source keeps. */
  preview(courseId: string, req: EditorRequest, materialId?: string): Observable<EditorPreview> {
    const form = body(req);
    if (materialId) form.append('materialId', materialId);
    return this.http.post<EditorPreview>(`${this.base(courseId)}/previews`, form);
  }

  /** The material as a .h5p file. */
  export(courseId: string, materialId: string): Observable<Blob> {
    return this.http.get(`${this.base(courseId)}/materials/${id(materialId)}/export`, { responseType: 'blob' });
  }

  private base(courseId: string): string {
    return `/api/courses/${id(courseId)}/editor`;
  }
}

function body({ source, images }: EditorRequest): FormData {
  const form = new FormData();
  form.append('source', JSON.stringify(source));
  for (const image of images) form.append('images', image, image.name);
  return form;
}
