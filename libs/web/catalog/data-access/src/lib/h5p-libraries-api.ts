import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  H5pInstalledLibrary,
  H5pInstallResult,
  H5pLibraryChange,
  H5pLibraryInstallPreview,
  SetH5pLibraryEnabledRequest,
} from '@lc/shared-contracts';
import { Observable } from 'rxjs';

const id = (value: string) => encodeURIComponent(value);

/** The city admin's routes for content-type libraries (docs/adr/0016). */
@Injectable({ providedIn: 'root' })
export class H5pLibrariesApi {
  private readonly http = inject(HttpClient);

  list(): Observable<H5pInstalledLibrary[]> {
    return this.http.get<H5pInstalledLibrary[]>('/api/admin/h5p/libraries');
  }

  history(): Observable<H5pLibraryChange[]> {
    return this.http.get<H5pLibraryChange[]>('/api/admin/h5p/library-changes');
  }

  preview(file: File): Observable<H5pLibraryInstallPreview> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<H5pLibraryInstallPreview>('/api/admin/h5p/library-installs', body);
  }

  confirm(installId: string): Observable<H5pInstallResult> {
    return this.http.post<H5pInstallResult>(`/api/admin/h5p/library-installs/${id(installId)}/confirmation`, {});
  }

  cancel(installId: string): Observable<void> {
    return this.http.delete<void>(`/api/admin/h5p/library-installs/${id(installId)}`);
  }

  setEnabled(libraryId: string, req: SetH5pLibraryEnabledRequest): Observable<void> {
    return this.http.patch<void>(`/api/admin/h5p/libraries/${id(libraryId)}`, req);
  }

  uninstall(libraryId: string): Observable<void> {
    return this.http.delete<void>(`/api/admin/h5p/libraries/${id(libraryId)}`);
  }
}
