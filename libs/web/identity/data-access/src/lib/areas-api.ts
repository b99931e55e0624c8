import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Area, CommuneContact, CommuneMatch, CreateGroupRequest, SetCommuneContactRequest } from '@lc/shared-contracts';
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

  /** By today's name or by a name from before July 2025 ("Kim Mã", "quận Ba Đình"). */
  searchCommunes(q: string): Observable<CommuneMatch[]> {
    return this.http.get<CommuneMatch[]>('/api/areas/communes/search', { params: { q } });
  }

  groups(communeId: string): Observable<Area[]> {
    return this.http.get<Area[]>(`/api/areas/${encodeURIComponent(communeId)}/groups`);
  }

  createGroup(communeId: string, req: CreateGroupRequest): Observable<Area> {
    return this.http.post<Area>(`/api/areas/${encodeURIComponent(communeId)}/groups`, req);
  }

  /** Who to contact at the commune about the programme (help page); `contact` null until an admin sets it. */
  contact(communeId: string): Observable<CommuneContact> {
    return this.http.get<CommuneContact>(`/api/areas/${encodeURIComponent(communeId)}/contact`);
  }

  setContact(communeId: string, req: SetCommuneContactRequest): Observable<CommuneContact> {
    return this.http.put<CommuneContact>(`/api/areas/${encodeURIComponent(communeId)}/contact`, req);
  }
}
