import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { DecisionSummary } from '@lc/shared-contracts';
import { Observable, map } from 'rxjs';

export type DecisionDocument = 'decision.pdf' | 'annex.xlsx';

@Injectable({ providedIn: 'root' })
export class DecisionsApi {
  private readonly http = inject(HttpClient);

  list(): Observable<DecisionSummary[]> {
    return this.http.get<DecisionSummary[]>('/api/decisions');
  }

  /**
   * The decision as a PDF, or its annex list as a spreadsheet (for the commune's officers only), with the file name
   * the API gives it, so that the name is made in one place.
   */
  document(id: string, kind: DecisionDocument): Observable<{ file: Blob; name: string }> {
    return this.http
      .get(`/api/decisions/${encodeURIComponent(id)}/${kind}`, { responseType: 'blob', observe: 'response' })
      .pipe(
        map((res) => ({
          file: res.body ?? new Blob(),
          name: /filename="([^"]+)"/.exec(res.headers.get('Content-Disposition') ?? '')?.[1] ?? kind,
        })),
      );
  }
}
