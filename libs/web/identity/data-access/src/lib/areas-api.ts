import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Area, CreateGroupRequest } from '@lc/shared-contracts';
import { Observable, shareReplay } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class AreasApi {
  private readonly http = inject(HttpClient);
  /** The 126 communes rarely change: fetch once per page load. */
  private communes$?: Observable<Area[]>;

  communes(): Observable<Area[]> {
    this.communes$ ??= this.http
      .get<Area[]>('/api/areas/communes')
      .pipe(shareReplay({ bufferSize: 1, refCount: false }));
    return this.communes$;
  }

  groups(communeId: string): Observable<Area[]> {
    return this.http.get<Area[]>(`/api/areas/${encodeURIComponent(communeId)}/groups`);
  }

  createGroup(communeId: string, req: CreateGroupRequest): Observable<Area> {
    return this.http.post<Area>(`/api/areas/${encodeURIComponent(communeId)}/groups`, req);
  }
}
