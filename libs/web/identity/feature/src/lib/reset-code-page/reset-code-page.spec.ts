import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { provideTranslations } from '@lc/web-shared-data-access';
import { identityTranslations } from '../i18n';
import { ResetCodePage } from './reset-code-page';

/** Lets the page's awaited calls finish after an answer is flushed, then renders. */
async function settle(fixture: { whenStable(): Promise<unknown> }): Promise<void> {
  await new Promise((done) => setTimeout(done));
  await fixture.whenStable();
}

describe(ResetCodePage.name, () => {
  async function setup() {
    TestBed.configureTestingModule({
      imports: [ResetCodePage],
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService({ lang: 'vi', fallbackLang: 'vi' }),
        provideTranslations(identityTranslations),
      ],
    });
    const fixture = TestBed.createComponent(ResetCodePage);
    await settle(fixture);
    const el = fixture.nativeElement as HTMLElement;
    const loader = TestbedHarnessEnvironment.loader(fixture);
    await (
      await loader.getHarness(MatInputHarness.with({ selector: '[formcontrolname="login"]' }))
    ).setValue('001185001234');
    const submit = async () => {
      void (await loader.getHarness(MatButtonHarness.with({ text: 'Cấp mã' }))).click();
      await settle(fixture);
    };
    return { fixture, el, loader, submit, http: TestBed.inject(HttpTestingController) };
  }

  it('issues nothing until the officer confirms checking the chip ID card', async () => {
    const { el, submit, http } = await setup();
    await submit();
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('kiểm tra thẻ căn cước');
    http.expectNone('/api/password-reset-codes');
  });

  it('shows the code once, with whom it is for and when it expires, and focuses it', async () => {
    const { fixture, el, loader, submit, http } = await setup();
    await (await loader.getHarness(MatCheckboxHarness)).check();
    await submit();
    const req = http.expectOne('/api/password-reset-codes');
    expect(req.request.body).toEqual({ login: '001185001234', idCardChecked: true });
    req.flush({
      code: '4821 0937',
      expiresAt: '2026-11-29T10:30:00.000Z',
      fullName: 'Nguyễn Thị Lan',
      citizenIdMasked: '********1234',
      username: null,
    });
    await settle(fixture);
    const result = el.querySelector('.reset-code-result') as HTMLElement;
    expect(result.textContent).toContain('4821 0937');
    expect(result.textContent).toContain('Mã cho Nguyễn Thị Lan (********1234)');
    expect(document.activeElement).toBe(result);
    await (await loader.getHarness(MatButtonHarness.with({ ancestor: '.reset-code-result' }))).click();
    await settle(fixture);
    expect(el.textContent).not.toContain('4821 0937');
  });
});
