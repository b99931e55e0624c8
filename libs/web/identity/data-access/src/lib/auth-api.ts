import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Me, RegisterRequest } from '@lc/shared-contracts';
import { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);

  register(req: RegisterRequest): Observable<Me> {
    return this.http.post<Me>('/api/auth/register', req);
  }
}
