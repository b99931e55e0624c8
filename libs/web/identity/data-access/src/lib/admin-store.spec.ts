import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { RoleGrant, UserSummary } from '@lc/shared-contracts';
import { messageCode } from '@lc/web-shared-data-access';
import { AdminStore } from './admin-store';

const user = { id: 'u1', fullName: 'Nguyễn Văn An', roles: [] as RoleGrant[] } as UserSummary;
const grant = { id: 'g1', role: 'trainer', areaId: 'x1', areaName: 'Phường Ba Đình' } as RoleGrant;

describe(AdminStore.name, () => {
  let sut: AdminStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting(), AdminStore],
    });
    sut = TestBed.inject(AdminStore);
    http = TestBed.inject(HttpTestingController);
    http.expectOne('/api/areas/communes').flush([]);
  });

  afterEach(() => http.verify());

  it('finds people, grants a role to the one chosen and says so as a message key', async () => {
    const searching = sut.search('An');
    http.expectOne((r) => r.url === '/api/admin/users').flush([user]);
    expect(await searching).toBe(true);
    sut.select(user);

    const granting = sut.grant(user, { role: 'trainer', areaId: 'x1' });
    expect(sut.busy()).toBe(true);
    const post = http.expectOne('/api/admin/role-grants');
    expect(post.request.body).toEqual({ role: 'trainer', areaId: 'x1', userId: 'u1' });
    post.flush(grant);
    expect(await granting).toBe(true);
    expect(sut.selected()?.roles).toEqual([grant]);
    expect(sut.users()?.[0].roles).toEqual([grant]);
    expect(sut.status()).toEqual({ key: 'identity.admin.granted' });
  });

  it('keeps a refusal as the API error, and clears the last status', async () => {
    const unlocking = sut.unlockSignIn(user);
    http.expectOne('/api/admin/users/u1/sign-in-unlock').flush(null);
    await unlocking;
    expect(sut.status()).toEqual({ key: 'identity.admin.unlockedDone', params: { name: 'Nguyễn Văn An' } });

    const ending = sut.endSessions(user);
    http
      .expectOne('/api/admin/users/u1/session-end')
      .flush({ code: 'AREA_SCOPE_DENIED', message: 'Không' }, { status: 403, statusText: 'Forbidden' });
    expect(await ending).toBe(false);
    expect(messageCode(sut.error())).toBe('AREA_SCOPE_DENIED');
    expect(sut.status()).toBeNull();
    expect(sut.busy()).toBe(false);
  });
});
