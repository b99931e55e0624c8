import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Certificate, CertificateVerification } from '@lc/shared-contracts';
import { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class CertificatesApi {
  private readonly http = inject(HttpClient);

  mine(): Observable<Certificate[]> {
    return this.http.get<Certificate[]>('/api/my/certificates');
  }

  verify(code: string): Observable<CertificateVerification> {
    return this.http.get<CertificateVerification>(`/api/public/certificates/${encodeURIComponent(code)}`);
  }
}

/** The QR image the API draws for a certificate's verification link. */
export function certificateQrUrl(code: string): string {
  return `/api/public/certificates/${encodeURIComponent(code)}/qr.svg`;
}
