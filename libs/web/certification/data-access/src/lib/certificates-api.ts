import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Certificate, CertificateVerification, CredentialCheck } from '@lc/shared-contracts';
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

  /** The holder's title as a signed Open Badges credential (compact JWT). */
  credential(code: string): Observable<string> {
    return this.http.get(`/api/my/certificates/${encodeURIComponent(code)}/credential.jwt`, { responseType: 'text' });
  }

  /** The holder's printable certificate as a PDF. */
  pdf(code: string): Observable<Blob> {
    return this.http.get(`/api/my/certificates/${encodeURIComponent(code)}/certificate.pdf`, { responseType: 'blob' });
  }

  checkCredential(credential: string): Observable<CredentialCheck> {
    return this.http.post<CredentialCheck>('/api/public/credential-checks', { credential });
  }
}

/** The QR image the API draws for a certificate's verification link. */
export function certificateQrUrl(code: string): string {
  return `/api/public/certificates/${encodeURIComponent(code)}/qr.svg`;
}
