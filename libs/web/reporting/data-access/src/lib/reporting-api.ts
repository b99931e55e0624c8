import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Area, KpiReport } from '@lc/shared-contracts';
import { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class ReportingApi {
  private readonly http = inject(HttpClient);

  /** Without an areaId the API reports the whole city. */
  kpis(areaId: string | null, year: number): Observable<KpiReport> {
    let params = new HttpParams().set('year', year);
    if (areaId) params = params.set('areaId', areaId);
    return this.http.get<KpiReport>('/api/kpis', { params });
  }

  communes(): Observable<Area[]> {
    return this.http.get<Area[]>('/api/areas/communes');
  }
}
