import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { UserSummary } from '@lc/shared-contracts';
import { provideTranslations, sharedTranslations } from '@lc/web-shared-data-access';
import { provideTranslateService } from '@ngx-translate/core';
import { identityTranslations } from '../i18n';
import { AdminPage } from './admin-page';

const person: UserSummary = {
  id: 'u-1',
  fullName: 'Đỗ Mai Anh',
  username: 'maianh',
  citizenIdMasked: null,
  communeName: 'Phường Ba Đình',
  roles: [{ id: 'g-1', role: 'verifier', areaId: '00004', areaName: 'Phường Ba Đình' }],
};

describe(AdminPage.name, () => {
  let fixture: ComponentFixture<AdminPage>;
  let http: HttpTestingController;
  const el = () => fixture.nativeElement as HTMLElement;
  const button = (text: string) =>
    [...el().querySelectorAll('button')].find((b) => b.textContent?.trim() === text) as HTMLButtonElement;
  const type = (input: HTMLInputElement, value: string) => {
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  const reasonInput = () => el().querySelector('.admin-revoke input') as HTMLInputElement | null;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [AdminPage],
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService({ lang: 'vi', fallbackLang: 'vi' }),
        provideTranslations(sharedTranslations),
        provideTranslations(identityTranslations),
      ],
    });
    fixture = TestBed.createComponent(AdminPage);
    http = TestBed.inject(HttpTestingController);
    await fixture.whenStable();
    http.expectOne('/api/areas/communes').flush([]);
    type(el().querySelector('.admin-search input') as HTMLInputElement, 'Mai Anh');
    button('Tìm').click();
    http.expectOne((r) => r.url === '/api/admin/users').flush([person]);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  it('asks for a reason before revoking, and sends it', async () => {
    button('Thu hồi').click();
    await fixture.whenStable();
    expect(reasonInput()).not.toBeNull();
    button('Xác nhận thu hồi').click();
    await fixture.whenStable();
    http.expectNone((r) => r.url.includes('/revocation'));
    expect(el().querySelector('mat-error')?.textContent).toContain('lý do');

    type(reasonInput() as HTMLInputElement, 'Chuyển công tác sang xã khác.');
    button('Xác nhận thu hồi').click();
    const call = http.expectOne({ method: 'POST', url: '/api/admin/role-grants/g-1/revocation' });
    expect(call.request.body).toEqual({ reason: 'Chuyển công tác sang xã khác.' });
    call.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    expect(el().textContent).toContain('Đã thu hồi vai trò.');
    expect(el().textContent).not.toContain('Người xét duyệt (chi hội) — Phường Ba Đình');
    expect(reasonInput()).toBeNull();
  });

  it('keeps the role when the revocation is cancelled', async () => {
    button('Thu hồi').click();
    await fixture.whenStable();
    button('Huỷ').click();
    await fixture.whenStable();
    expect(reasonInput()).toBeNull();
    expect(el().textContent).toContain('Người xét duyệt (chi hội) — Phường Ba Đình');
  });
});
