import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { UserSummary } from '@lc/shared-contracts';
import { provideTranslations, sharedTranslations } from '@lc/web-shared-data-access';
import { dialogsOf } from '@lc/web-shared-ui/testing';
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
  let loader: HarnessLoader;
  const button = (text: string) => loader.getHarness(MatButtonHarness.with({ text }));
  const buttons = (text: string) => loader.getAllHarnesses(MatButtonHarness.with({ text }));
  const press = async (text: string) => (await button(text)).click();
  const ariaLabel = async (text: string) => (await (await button(text)).host()).getAttribute('aria-label');
  const inputs = (ancestor: string) => loader.getAllHarnesses(MatInputHarness.with({ ancestor }));
  const reasonInput = async () => (await inputs('.admin-revoke'))[0] ?? null;
  const errorsIn = async (ancestor: string) => {
    const fields = await loader.getAllHarnesses(MatFormFieldHarness.with({ ancestor }));
    return (await Promise.all(fields.map((f) => f.getTextErrors()))).flat().join(' ');
  };
  const dialogs = () => dialogsOf(fixture).open();
  /** Lets the store's promise chain finish after an answer, then renders what it set. */
  const answered = async () => {
    await new Promise((done) => setTimeout(done));
    await fixture.whenStable();
  };
  const settle = () => dialogsOf(fixture).closed();
  const pressInDialog = (text: string) => dialogsOf(fixture).answer(text);

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
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
    http.expectOne('/api/areas/communes').flush([]);
    await (await loader.getHarness(MatInputHarness.with({ ancestor: '.admin-search' }))).setValue('Mai Anh');
    await press('Tìm');
    http.expectOne((r) => r.url === '/api/admin/users').flush([person]);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  it('asks for a reason and a confirmation naming the role before revoking, and sends it', async () => {
    await press('Thu hồi');
    expect(await reasonInput()).not.toBeNull();
    await press('Xác nhận thu hồi');
    http.expectNone((r) => r.url.includes('/revocation'));
    expect(await errorsIn('.admin-revoke')).toContain('lý do');

    await (await reasonInput())?.setValue('Chuyển công tác sang xã khác.');
    await press('Xác nhận thu hồi');
    expect(await (await dialogs()).pop()?.getText()).toContain('Thu hồi vai trò Người xét duyệt (chi hội) của');
    await pressInDialog('Huỷ');
    http.expectNone((r) => r.url.includes('/revocation'));

    await press('Xác nhận thu hồi');
    await pressInDialog('Xác nhận thu hồi');
    const call = http.expectOne({ method: 'POST', url: '/api/admin/role-grants/g-1/revocation' });
    expect(call.request.body).toEqual({ reason: 'Chuyển công tác sang xã khác.' });
    call.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    expect(el().textContent).toContain('Đã thu hồi vai trò.');
    expect(el().textContent).not.toContain('Người xét duyệt (chi hội) — Phường Ba Đình');
    expect(await reasonInput()).toBeNull();
  });

  it('keeps the role when the revocation is cancelled', async () => {
    await press('Thu hồi');
    await press('Huỷ');
    expect(await reasonInput()).toBeNull();
    expect(el().textContent).toContain('Người xét duyệt (chi hội) — Phường Ba Đình');
  });

  describe('account', () => {
    const disableInput = async () => (await inputs('.admin-account-confirm'))[0] ?? null;
    const disabledPerson: UserSummary = {
      ...person,
      disabledAt: '2026-12-01T03:04:00.000Z',
      disableReason: 'Chủ tài khoản báo mất điện thoại.',
    };

    it('asks for a reason before disabling, focuses it, sends it and shows the account as disabled', async () => {
      await press('Khoá tài khoản');
      expect(await (await disableInput())?.isFocused()).toBe(true);
      await press('Xác nhận khoá');
      http.expectNone((r) => r.url.includes('/disable'));
      expect(await errorsIn('.admin-account-confirm')).toContain('lý do khoá');

      await (await disableInput())?.setValue(' Chủ tài khoản báo mất điện thoại. ');
      await press('Xác nhận khoá');
      const call = http.expectOne({ method: 'POST', url: '/api/admin/users/u-1/disable' });
      expect(call.request.body).toEqual({ reason: 'Chủ tài khoản báo mất điện thoại.' });
      call.flush(disabledPerson);
      await answered();
      expect(el().textContent).toContain('Đã khoá tài khoản của Đỗ Mai Anh.');
      expect(el().querySelector('.admin-users__disabled')?.textContent).toContain('Chủ tài khoản báo mất điện thoại.');
      expect(await buttons('Khoá tài khoản')).toHaveLength(0);
      expect(await buttons('Mở khoá tài khoản')).toHaveLength(1);
      expect(await disableInput()).toBeNull();
    });

    it('ends the sessions only after confirmation, and a cancel sends nothing', async () => {
      await press('Kết thúc phiên đăng nhập');
      expect(el().textContent).toContain('sẽ bị đăng xuất trên mọi thiết bị');
      expect(await (await button('Xác nhận kết thúc phiên')).isFocused()).toBe(true);
      await press('Huỷ');
      http.expectNone((r) => r.url.includes('/session-end'));

      await press('Kết thúc phiên đăng nhập');
      await press('Xác nhận kết thúc phiên');
      http
        .expectOne({ method: 'POST', url: '/api/admin/users/u-1/session-end' })
        .flush(null, { status: 204, statusText: 'No Content' });
      await answered();
      expect(el().textContent).toContain('Đã kết thúc mọi phiên đăng nhập của Đỗ Mai Anh.');
    });

    it('names the person in the labels of the account buttons, for screen readers', async () => {
      expect(await ariaLabel('Khoá tài khoản')).toBe('Khoá tài khoản của Đỗ Mai Anh');
      expect(await ariaLabel('Kết thúc phiên đăng nhập')).toBe('Kết thúc mọi phiên đăng nhập của Đỗ Mai Anh');
    });

    it("shows the server's message when an action is refused", async () => {
      await press('Kết thúc phiên đăng nhập');
      await press('Xác nhận kết thúc phiên');
      http
        .expectOne('/api/admin/users/u-1/session-end')
        .flush(
          { code: 'ACCOUNT_AREA_FORBIDDEN', message: 'Người này cư trú hoặc có vai trò ngoài địa bàn bạn quản lý.' },
          { status: 403, statusText: 'Forbidden' },
        );
      await answered();
      expect(el().textContent).toContain('ngoài địa bàn bạn quản lý');
    });
  });

  it('lifts the sign-in lock of a person at once, naming them for screen readers', async () => {
    expect(await ariaLabel('Mở khoá đăng nhập')).toBe('Mở khoá đăng nhập sai nhiều lần cho Đỗ Mai Anh');
    await press('Mở khoá đăng nhập');
    http
      .expectOne({ method: 'POST', url: '/api/admin/users/u-1/sign-in-unlock' })
      .flush(null, { status: 204, statusText: 'No Content' });
    await answered();
    expect(el().querySelector('[role="status"]')?.textContent).toContain('Đã mở khoá đăng nhập cho Đỗ Mai Anh');
  });

  it('enables a disabled account', async () => {
    // A fresh search that finds the person disabled.
    await press('Tìm');
    http
      .expectOne((r) => r.url === '/api/admin/users')
      .flush([{ ...person, disabledAt: '2026-12-01T03:04:00.000Z', disableReason: 'Kiểm tra.' }]);
    await answered();
    expect(el().querySelector('.admin-users__disabled')?.textContent).toContain('Tài khoản đang bị khoá từ');
    await press('Mở khoá tài khoản');
    http.expectOne({ method: 'POST', url: '/api/admin/users/u-1/enable' }).flush(person);
    await answered();
    expect(el().textContent).toContain('Đã mở khoá tài khoản của Đỗ Mai Anh.');
    expect(el().querySelector('.admin-users__disabled')).toBeNull();
    expect(await buttons('Khoá tài khoản')).toHaveLength(1);
  });
});
