import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideHttpClient } from '@angular/common/http';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { Router, provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { LanguageStore, provideTranslations, sharedTranslations } from '@lc/web-shared-data-access';
import { identityTranslations } from '../i18n';
import { LoginPage, safeReturnUrl } from './login-page';

describe(LoginPage.name, () => {
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  async function setup() {
    TestBed.configureTestingModule({
      imports: [LoginPage],
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideTranslateService({ lang: 'vi', fallbackLang: 'vi' }),
        provideTranslations(identityTranslations),
        provideTranslations(sharedTranslations),
      ],
    });
    const fixture = TestBed.createComponent(LoginPage);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const type = async (i: number, value: string) => (await loader.getAllHarnesses(MatInputHarness))[i].setValue(value);
    const submit = async () =>
      (await loader.getHarness(MatButtonHarness.with({ selector: '[type="submit"]' }))).click();
    return { fixture, el, loader, type, submit, http: TestBed.inject(HttpTestingController) };
  }

  it('labels both fields and shows messages for empty ones', async () => {
    const { loader, submit, http } = await setup();
    const fields = await loader.getAllHarnesses(MatFormFieldHarness);
    expect(await Promise.all(fields.map((f) => f.getLabel()))).toEqual([
      'Số định danh cá nhân hoặc tên đăng nhập',
      'Mật khẩu',
    ]);
    await submit();
    expect(await Promise.all(fields.map((f) => f.hasErrors()))).toEqual([true, true]);
    http.expectNone('/api/auth/login');
  });

  it('shows the server message in the focused summary, and in English from the catalogue', async () => {
    const { fixture, el, type, submit, http } = await setup();
    await type(0, '001190012345');
    await type(1, 'wrong-password');
    void submit();
    await new Promise((resolve) => setTimeout(resolve));
    http
      .expectOne('/api/auth/login')
      .flush(
        { code: 'AUTH_LOCKED', message: 'Tài khoản tạm khoá 15 phút.', details: { retryAfterSeconds: 900 } },
        { status: 429, statusText: 'Too Many Requests' },
      );
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('Tài khoản tạm khoá 15 phút.');
    expect(document.activeElement).toBe(el.querySelector('.lp-error-summary'));
    TestBed.inject(LanguageStore).use('en');
    await fixture.whenStable();
    expect(el.querySelector('[role="alert"]')?.textContent).toContain(
      'Too many failed sign-ins. Please try again in 15 minutes.',
    );
  });

  it('signs in and returns to the page the user came from', async () => {
    const { fixture, type, submit, http } = await setup();
    fixture.componentRef.setInput('returnUrl', '/tests/t1');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    await type(0, 'admin');
    await type(1, 'secret123');
    void submit();
    await new Promise((resolve) => setTimeout(resolve));
    http.expectOne('/api/auth/login').flush({ accessToken: 'a', expiresIn: 900, user: { roles: [] } });
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith('/tests/t1');
  });

  it('never returns to another site', () => {
    expect(safeReturnUrl('https://evil.example')).toBe('/');
    expect(safeReturnUrl('//evil.example')).toBe('/');
    expect(safeReturnUrl('/courses/1')).toBe('/courses/1');
  });
});
