import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  Area,
  KpiBreakdown,
  KpiCommuneRanking,
  KpiDimension,
  KpiGroups,
  KpiReport,
  KpiTrend,
} from '@lc/shared-contracts';
import { Observable } from 'rxjs';

const withArea = (params: HttpParams, areaId: string | null) => (areaId ? params.set('areaId', areaId) : params);

@Injectable({ providedIn: 'root' })
export class ReportingApi {
  private readonly http = inject(HttpClient);

  /** Without an areaId the API reports the whole city. */
  kpis(areaId: string | null, year: number): Observable<KpiReport> {
    return this.http.get<KpiReport>('/api/kpis', { params: withArea(new HttpParams().set('year', year), areaId) });
  }

  trend(areaId: string | null, from: number, to: number): Observable<KpiTrend> {
    const params = withArea(new HttpParams().set('from', from).set('to', to), areaId);
    return this.http.get<KpiTrend>('/api/kpis/trend', { params });
  }

  breakdown(areaId: string | null, year: number, by: KpiDimension): Observable<KpiBreakdown> {
    const params = withArea(new HttpParams().set('year', year).set('by', by), areaId);
    return this.http.get<KpiBreakdown>('/api/kpis/breakdown', { params });
  }

  /** Every commune of the city: for analysts of the city only. */
  ranking(year: number): Observable<KpiCommuneRanking> {
    return this.http.get<KpiCommuneRanking>('/api/kpis/communes', { params: new HttpParams().set('year', year) });
  }

  /** A commune's residential groups: for that commune's own analysts only. */
  groups(communeId: string, year: number): Observable<KpiGroups> {
    const params = new HttpParams().set('communeId', communeId).set('year', year);
    return this.http.get<KpiGroups>('/api/kpis/groups', { params });
  }

  communes(): Observable<Area[]> {
    return this.http.get<Area[]>('/api/areas/communes');
  }
}
