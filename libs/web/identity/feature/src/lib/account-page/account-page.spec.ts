import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideZonelessChangeDetection, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { LanguageStore, SessionStore, provideTranslations, sharedTranslations } from '@lc/web-shared-data-access';
import { identityTranslations } from '../i18n';
import { recoveryTranslations } from '../i18n-recovery';
import { AccountPage } from './account-page';

describe(AccountPage.name, () => {
  let fixture: ComponentFixture<AccountPage>;
  let http: HttpTestingController;
  let loader: HarnessLoader;
  const el = () => fixture.nativeElement as HTMLElement;
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve, 10));
    await fixture.whenStable();
  };

  beforeEach(async () => {
    localStorage.clear();
    // jsdom does not lay out, so it has no scrolling; the page scrolls the new code's card into view.
    Element.prototype.scrollIntoView = jest.fn();
    TestBed.configureTestingModule({
      imports: [AccountPage],
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService({ lang: 'vi', fallbackLang: 'vi' }),
        provideTranslations(sharedTranslations),
        provideTranslations(identityTranslations),
        provideTranslations(recoveryTranslations),
        { provide: SessionStore, useValue: { user: signal({ fullName: 'Nguyễn Văn An' }) } },
      ],
    });
    fixture = TestBed.createComponent(AccountPage);
    http = TestBed.inject(HttpTestingController);
    loader = TestbedHarnessEnvironment.loader(fixture);
    http.expectOne('/api/me/recovery-code').flush({ createdAt: null });
    await settle();
  });

  afterEach(() => http.verify());

  async function renewWith(password: string) {
    await (await loader.getHarness(MatInputHarness)).setValue(password);
    void (await loader.getHarness(MatButtonHarness.with({ text: 'Tạo mã khôi phục mới' }))).click();
    await settle();
    return http.expectOne((r) => r.method === 'POST' && r.url === '/api/me/recovery-code');
  }

  it('keeps a wrong password’s refusal on screen and re-renders it on a language switch', async () => {
    const req = await renewWith('sai-mat-khau');
    expect(req.request.body).toEqual({ password: 'sai-mat-khau' });
    req.flush(
      { code: 'PASSWORD_INCORRECT', message: 'Mật khẩu hiện tại không đúng.' },
      { status: 403, statusText: '' },
    );
    await settle();
    const alert = () => el().querySelector('[role="alert"]')?.textContent;
    expect(alert()).toContain('Mật khẩu hiện tại không đúng.');

    TestBed.inject(LanguageStore).use('en');
    await settle();
    expect(alert()).toContain('The current password is wrong.');
    expect(
      await (await loader.getHarness(MatButtonHarness.with({ text: 'Make a new recovery code' }))).isDisabled(),
    ).toBe(false);
  });

  it('shows the new code once the password is right', async () => {
    (await renewWith('dung-mat-khau')).flush({ recoveryCode: 'ABCD-EFGH-JKLM' });
    await settle();
    expect(el().querySelector('lp-recovery-code-card')?.textContent).toContain('ABCD-EFGH-JKLM');
    expect(await loader.getAllHarnesses(MatInputHarness)).toHaveLength(0);
  });
});
