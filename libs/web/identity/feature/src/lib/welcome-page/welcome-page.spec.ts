import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { RecoveryCodeHandoff } from '@lc/web-identity-data-access';
import { provideTranslations } from '@lc/web-shared-data-access';
import { identityTranslations } from '../i18n';
import { WelcomePage } from './welcome-page';

describe(WelcomePage.name, () => {
  let buttonTexts: () => Promise<string[]>;
  function render() {
    const fixture = TestBed.createComponent(WelcomePage);
    buttonTexts = async () => {
      const buttons = await TestbedHarnessEnvironment.loader(fixture).getAllHarnesses(
        // Links styled as buttons are not counted: only the card's own actions are buttons.
        MatButtonHarness.with({ selector: 'button' }),
      );
      return Promise.all(buttons.map((b) => b.getText()));
    };
    return fixture.whenStable().then(() => fixture.nativeElement as HTMLElement);
  }

  beforeEach(() =>
    TestBed.configureTestingModule({
      imports: [WelcomePage],
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideTranslateService({ lang: 'vi', fallbackLang: 'vi' }),
        provideTranslations(identityTranslations),
      ],
    }),
  );

  it('shows the recovery code from registration once, then where to make a new one', async () => {
    TestBed.inject(RecoveryCodeHandoff).put('K7QM-3XPA-9RTD-HW2F');
    const first = await render();
    expect(first.querySelector('.lp-recovery-card__code')?.textContent).toContain('K7QM-3XPA-9RTD-HW2F');
    expect(await buttonTexts()).toEqual(['Sao chép mã', 'In mã']);
    const again = await render();
    expect(again.querySelector('.lp-recovery-card__code')).toBeNull();
    expect(again.querySelector('a[href="/account"]')).not.toBeNull();
  });

  it('says what to do next, in order, with links', async () => {
    const el = await render();
    const steps = [...el.querySelectorAll('ol > li')];
    expect(steps).toHaveLength(4);
    expect(steps.map((li) => li.querySelector('a')?.getAttribute('href') ?? null)).toEqual([
      '/courses',
      '/skills-assessment',
      '/title',
      null,
    ]);
  });
});
