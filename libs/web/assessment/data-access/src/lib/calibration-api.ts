import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { CalibrationRun, StartCalibrationRequest } from '@lc/shared-contracts';
import { Observable } from 'rxjs';

const BASE = '/api/admin/skills-assessment/calibrations';

/** The calibration job of the assessment, for city admins. */
@Injectable({ providedIn: 'root' })
export class CalibrationApi {
  private readonly http = inject(HttpClient);

  list(): Observable<CalibrationRun[]> {
    return this.http.get<CalibrationRun[]>(BASE);
  }

  /** Starts a run, or returns the one running: pressing twice starts one. */
  start(request: StartCalibrationRequest = {}): Observable<CalibrationRun> {
    return this.http.post<CalibrationRun>(BASE, request);
  }
}
