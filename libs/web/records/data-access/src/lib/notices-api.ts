import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { NoticeList } from '@lc/shared-contracts';
import { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class NoticesApi {
  private readonly http = inject(HttpClient);

  mine(): Observable<NoticeList> {
    return this.http.get<NoticeList>('/api/my/notices');
  }

  markRead(id: string): Observable<void> {
    return this.http.post<void>(`/api/my/notices/${encodeURIComponent(id)}/read`, null);
  }

  markAllRead(): Observable<void> {
    return this.http.post<void>('/api/my/notices/read', null);
  }
}
