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
  disabledAt: null,
  disableReason: null,
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
  const dialog = () => [...document.querySelectorAll('mat-dialog-container')].pop() ?? null;
  const dialogButton = (text: string) =>
    [...(dialog()?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === text) as HTMLButtonElement;
  /** Closing a dialog waits for its exit animation before `afterClosed` fires. */
  const settle = async () => {
    await new Promise((done) => setTimeout(done, 200));
    await fixture.whenStable();
  };

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

  it('asks for a reason and a confirmation naming the role before revoking, and sends it', async () => {
    button('Thu hồi').click();
    await fixture.whenStable();
    expect(reasonInput()).not.toBeNull();
    button('Xác nhận thu hồi').click();
    await fixture.whenStable();
    http.expectNone((r) => r.url.includes('/revocation'));
    expect(el().querySelector('mat-error')?.textContent).toContain('lý do');

    type(reasonInput() as HTMLInputElement, 'Chuyển công tác sang xã khác.');
    button('Xác nhận thu hồi').click();
    await fixture.whenStable();
    expect(dialog()?.textContent).toContain('Thu hồi vai trò Người xét duyệt (chi hội) của');
    dialogButton('Huỷ').click();
    await settle();
    http.expectNone((r) => r.url.includes('/revocation'));

    button('Xác nhận thu hồi').click();
    await fixture.whenStable();
    dialogButton('Xác nhận thu hồi').click();
    await settle();
    const call = http.expectOne({ method: 'POST', url: '/api/admin/role-grants/g-1/revocation' });
    expect(call.request.body).toEqual({ reason: 'Chuyển công tác sang xã khác.' });
    call.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
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

  describe('account', () => {
    const disableInput = () => el().querySelector('.admin-account-confirm input') as HTMLInputElement | null;
    const disabledPerson: UserSummary = {
      ...person,
      disabledAt: '2026-12-01T03:04:00.000Z',
      disableReason: 'Chủ tài khoản báo mất điện thoại.',
    };

    it('asks for a reason before disabling, focuses it, sends it and shows the account as disabled', async () => {
      button('Khoá tài khoản').click();
      await fixture.whenStable();
      expect(document.activeElement).toBe(disableInput());
      button('Xác nhận khoá').click();
      await fixture.whenStable();
      http.expectNone((r) => r.url.includes('/disable'));
      expect(el().querySelector('.admin-account-confirm mat-error')?.textContent).toContain('lý do khoá');

      type(disableInput() as HTMLInputElement, ' Chủ tài khoản báo mất điện thoại. ');
      button('Xác nhận khoá').click();
      const call = http.expectOne({ method: 'POST', url: '/api/admin/users/u-1/disable' });
      expect(call.request.body).toEqual({ reason: 'Chủ tài khoản báo mất điện thoại.' });
      call.flush(disabledPerson);
      await fixture.whenStable();
      expect(el().textContent).toContain('Đã khoá tài khoản của Đỗ Mai Anh.');
      expect(el().querySelector('.admin-users__disabled')?.textContent).toContain('Chủ tài khoản báo mất điện thoại.');
      expect(button('Khoá tài khoản')).toBeUndefined();
      expect(button('Mở khoá tài khoản')).toBeDefined();
      expect(disableInput()).toBeNull();
    });

    it('ends the sessions only after confirmation, and a cancel sends nothing', async () => {
      button('Kết thúc phiên đăng nhập').click();
      await fixture.whenStable();
      expect(el().textContent).toContain('sẽ bị đăng xuất trên mọi thiết bị');
      expect(document.activeElement).toBe(button('Xác nhận kết thúc phiên'));
      button('Huỷ').click();
      await fixture.whenStable();
      http.expectNone((r) => r.url.includes('/session-end'));

      button('Kết thúc phiên đăng nhập').click();
      await fixture.whenStable();
      button('Xác nhận kết thúc phiên').click();
      http
        .expectOne({ method: 'POST', url: '/api/admin/users/u-1/session-end' })
        .flush(null, { status: 204, statusText: 'No Content' });
      await fixture.whenStable();
      expect(el().textContent).toContain('Đã kết thúc mọi phiên đăng nhập của Đỗ Mai Anh.');
    });

    it('names the person in the labels of the account buttons, for screen readers', () => {
      expect(button('Khoá tài khoản').getAttribute('aria-label')).toBe('Khoá tài khoản của Đỗ Mai Anh');
      expect(button('Kết thúc phiên đăng nhập').getAttribute('aria-label')).toBe(
        'Kết thúc mọi phiên đăng nhập của Đỗ Mai Anh',
      );
    });

    it("shows the server's message when an action is refused", async () => {
      button('Kết thúc phiên đăng nhập').click();
      await fixture.whenStable();
      button('Xác nhận kết thúc phiên').click();
      http
        .expectOne('/api/admin/users/u-1/session-end')
        .flush(
          { code: 'ACCOUNT_AREA_FORBIDDEN', message: 'Người này cư trú hoặc có vai trò ngoài địa bàn bạn quản lý.' },
          { status: 403, statusText: 'Forbidden' },
        );
      await fixture.whenStable();
      expect(el().textContent).toContain('ngoài địa bàn bạn quản lý');
    });
  });

  it('lifts the sign-in lock of a person at once, naming them for screen readers', async () => {
    expect(button('Mở khoá đăng nhập').getAttribute('aria-label')).toBe(
      'Mở khoá đăng nhập sai nhiều lần cho Đỗ Mai Anh',
    );
    button('Mở khoá đăng nhập').click();
    http
      .expectOne({ method: 'POST', url: '/api/admin/users/u-1/sign-in-unlock' })
      .flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    expect(el().querySelector('[role="status"]')?.textContent).toContain('Đã mở khoá đăng nhập cho Đỗ Mai Anh');
  });

  it('enables a disabled account', async () => {
    // A fresh search that finds the person disabled.
    button('Tìm').click();
    http
      .expectOne((r) => r.url === '/api/admin/users')
      .flush([{ ...person, disabledAt: '2026-12-01T03:04:00.000Z', disableReason: 'Kiểm tra.' }]);
    await fixture.whenStable();
    expect(el().querySelector('.admin-users__disabled')?.textContent).toContain('Tài khoản đang bị khoá từ');
    button('Mở khoá tài khoản').click();
    http.expectOne({ method: 'POST', url: '/api/admin/users/u-1/enable' }).flush(person);
    await fixture.whenStable();
    expect(el().textContent).toContain('Đã mở khoá tài khoản của Đỗ Mai Anh.');
    expect(el().querySelector('.admin-users__disabled')).toBeNull();
    expect(button('Khoá tài khoản')).toBeDefined();
  });
});
