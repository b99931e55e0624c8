import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatRadioGroupHarness } from '@angular/material/radio/testing';
import { provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { provideTranslations } from '@lc/web-shared-data-access';
import { identityTranslations } from '../i18n';
import { RecoverPage } from './recover-page';

/** Lets the page's awaited calls finish after an answer is flushed, then renders. */
async function settle(fixture: { whenStable(): Promise<unknown> }): Promise<void> {
  await new Promise((done) => setTimeout(done));
  await fixture.whenStable();
}

describe(RecoverPage.name, () => {
  async function setup(method?: string) {
    TestBed.configureTestingModule({
      imports: [RecoverPage],
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideTranslateService({ lang: 'vi', fallbackLang: 'vi' }),
        provideTranslations(identityTranslations),
      ],
    });
    const fixture = TestBed.createComponent(RecoverPage);
    if (method) fixture.componentRef.setInput('method', method);
    await settle(fixture);
    const el = fixture.nativeElement as HTMLElement;
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const field = async (label: string) => {
      const formField = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
      const input = await formField.getControl(MatInputHarness);
      if (!input) throw new Error(`No input labelled ${label}`);
      return input;
    };
    const type = async (label: string, value: string) => (await field(label)).setValue(value);
    const submit = async () => {
      await (await loader.getHarness(MatButtonHarness.with({ selector: '[type="submit"]' }))).click();
      await settle(fixture);
    };
    return { fixture, el, loader, field, type, submit, http: TestBed.inject(HttpTestingController) };
  }

  it('offers both ways, each explained, as radio buttons in a labelled group', async () => {
    const { el, loader } = await setup();
    expect(el.querySelector('legend')?.textContent).toContain('Bạn có mã nào?');
    const radios = await (await loader.getHarness(MatRadioGroupHarness)).getRadioButtons();
    expect(await Promise.all(radios.map((r) => r.getLabelText()))).toEqual([
      'Mã do cán bộ xã/phường cấp',
      'Mã khôi phục của tôi',
    ]);
    expect(el.querySelector('#recover-method-reset_code')?.textContent).toContain('thẻ căn cước gắn chip');
  });

  it('formats the ID as typed, sends its digits, signs in and shows the new recovery code once', async () => {
    const { fixture, el, field, type, submit, http } = await setup();
    // Our own directive formats on each input event, which the harness's typing does not replay one by one.
    const id = el.querySelector('#recover-login') as HTMLInputElement;
    id.value = '001185001234';
    id.dispatchEvent(new Event('input'));
    expect(await (await field('Số định danh cá nhân')).getValue()).toBe('001 185 001 234');
    await type('Mã của cán bộ xã/phường', '4821 0937');
    await type('Mật khẩu mới', 'Mat-khau-moi-1');
    await submit();
    const reset = http.expectOne('/api/auth/password-resets');
    expect(reset.request.body).toEqual({
      method: 'reset_code',
      login: '001185001234',
      code: '4821 0937',
      newPassword: 'Mat-khau-moi-1',
    });
    reset.flush({ recoveryCode: 'K7QM-3XPA-9RTD-HW2F' });
    await settle(fixture);
    const login = http.expectOne('/api/auth/login');
    expect(login.request.body).toEqual({ login: '001185001234', password: 'Mat-khau-moi-1' });
    login.flush({ accessToken: 'a', expiresIn: 900, user: { roles: [] } });
    await settle(fixture);
    expect(el.querySelector('h1')?.textContent).toContain('Đã đặt mật khẩu mới');
    expect(document.activeElement).toBe(el.querySelector('h1'));
    expect(el.querySelector('.lp-recovery-card__code')?.textContent).toContain('K7QM-3XPA-9RTD-HW2F');
  });

  it('opens on the recovery code when asked, and lists the server’s one answer in the focused summary', async () => {
    const { fixture, el, type, submit, http } = await setup('recovery_code');
    await type('Số định danh cá nhân', '001185001234');
    await type('Mã khôi phục', 'aaaa-bbbb-cccc-dddd');
    await type('Mật khẩu mới', 'Mat-khau-moi-1');
    await submit();
    const reset = http.expectOne('/api/auth/password-resets');
    expect(reset.request.body.method).toBe('recovery_code');
    reset.flush(
      { code: 'RECOVERY_INVALID', message: 'Số định danh hoặc mã không đúng.' },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await settle(fixture);
    const alert = el.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Số định danh hoặc mã không đúng.');
    // The summary takes the focus, so the eye and the screen reader are on it after pressing the button.
    expect(document.activeElement).toBe(alert?.closest('.lp-error-summary'));
  });

  it('checks the ID number with the shared rule before sending anything', async () => {
    const { fixture, loader, type, submit, http } = await setup();
    await type('Số định danh cá nhân', '099185001234');
    await type('Mã của cán bộ xã/phường', '4821 0937');
    await type('Mật khẩu mới', 'Mat-khau-moi-1');
    await submit();
    await settle(fixture);
    const idField = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Số định danh cá nhân' }));
    expect((await idField.getTextErrors()).join(' ')).toContain('12 chữ số');
    http.expectNone('/api/auth/password-resets');
  });
});
