import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslateModule } from '@ngx-translate/core';
import { NoticeStore, noticeLink } from './notice-store';

describe(NoticeStore.name, () => {
  const notice = { id: 'n1', kind: 'application_returned', subjectId: 'a1', subjectName: { vi: '2026' }, read: false };

  function setup() {
    TestBed.configureTestingModule({
      imports: [TranslateModule.forRoot()],
      providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting()],
    });
    return { sut: TestBed.inject(NoticeStore), http: TestBed.inject(HttpTestingController) };
  }

  it('loads the unread count and reloads after marking one read', async () => {
    const { sut, http } = setup();
    const loading = sut.load();
    http.expectOne('/api/my/notices').flush({ unread: 1, notices: [notice] });
    await loading;
    expect([sut.unread(), sut.hasUnread()]).toEqual([1, true]);

    const marking = sut.markRead('n1');
    http.expectOne({ method: 'POST', url: '/api/my/notices/n1/read' }).flush(null, { status: 204, statusText: '' });
    await Promise.resolve();
    await Promise.resolve();
    http.expectOne('/api/my/notices').flush({ unread: 0, notices: [{ ...notice, read: true }] });
    await marking;
    expect([sut.unread(), sut.notices()[0].read]).toEqual([0, true]);
  });

  it('leads course notices to the trainer page and application notices to the title page', () => {
    expect([noticeLink('course_returned'), noticeLink('application_verified')]).toEqual(['/trainer', '/title']);
  });

  it('shows a pushed notice it did not know as arrived, reloads the list, and ignores one it knew', async () => {
    const { sut, http } = setup();
    const pushed = { ...notice, id: 'n2', kind: 'application_verified' as const, createdAt: '2026-11-29T10:00:00Z' };
    // Before anything is known, the stream's first snapshot only sets the count and what is known.
    sut.apply({ unread: 1, latest: { ...notice, kind: 'application_returned', createdAt: '2026-11-28T10:00:00Z' } });
    expect([sut.unread(), sut.arrived()]).toEqual([1, null]);
    http.expectNone('/api/my/notices');

    sut.apply({ unread: 2, latest: pushed });
    expect(sut.unread()).toBe(2);
    expect(sut.arrived()?.id).toBe('n2');
    http.expectOne('/api/my/notices').flush({ unread: 2, notices: [pushed, notice] });
    await Promise.resolve();

    sut.apply({ unread: 2, latest: pushed });
    http.expectNone('/api/my/notices');
    sut.dismissArrived();
    expect(sut.arrived()).toBeNull();
  });

  it('forgets what arrived on sign-out', () => {
    const { sut } = setup();
    sut.apply({ unread: 0, latest: null });
    sut.apply({ unread: 1, latest: { ...notice, kind: 'course_published', createdAt: '2026-11-29T10:00:00Z' } });
    expect(sut.arrived()).not.toBeNull();
    sut.clear();
    expect([sut.arrived(), sut.unread()]).toEqual([null, 0]);
  });
});
