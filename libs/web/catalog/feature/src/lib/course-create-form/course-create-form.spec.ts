import { HttpErrorResponse } from '@angular/common/http';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideTranslateService } from '@ngx-translate/core';
import { LanguageStore, provideTranslations, sharedTranslations } from '@lc/web-shared-data-access';
import { catalogTranslations } from '../i18n';
import { CourseCreateForm } from './course-create-form';

describe(CourseCreateForm.name, () => {
  const refusal = new HttpErrorResponse({
    status: 400,
    error: {
      code: 'VALIDATION_FAILED',
      message: 'Dữ liệu chưa hợp lệ: Tên khoá học tối đa 200 ký tự.',
      details: {
        problems: [{ path: 'title', code: 'FIELD_TOO_LONG', limit: 200, message: 'Tên khoá học tối đa 200 ký tự.' }],
      },
    },
  });

  async function refused(lang: 'vi' | 'en') {
    TestBed.configureTestingModule({
      imports: [CourseCreateForm],
      providers: [
        provideZonelessChangeDetection(),
        provideNoopAnimations(),
        provideTranslateService({ lang: 'vi', fallbackLang: 'vi' }),
        provideTranslations(sharedTranslations),
        provideTranslations(catalogTranslations),
      ],
    });
    TestBed.inject(LanguageStore).use(lang);
    const fixture = TestBed.createComponent(CourseCreateForm);
    await fixture.whenStable();
    fixture.componentInstance.fail(refusal);
    await fixture.whenStable();
    // The title is the form's first field.
    const title = await TestbedHarnessEnvironment.loader(fixture).getHarness(MatFormFieldHarness);
    return { page: fixture.nativeElement as HTMLElement, titleErrors: (await title.getTextErrors()).join(' ') };
  }

  it("shows the API's field refusal beside the title and in the summary, in Vietnamese", async () => {
    const { page, titleErrors } = await refused('vi');
    expect(titleErrors).toContain('Tên khoá học tối đa 200 ký tự.');
    expect(page.querySelector('.lp-error-summary')?.textContent).toContain('Tên khoá học tối đa 200 ký tự.');
  });

  it('words it from the catalogue, with its limit, for an English reader', async () => {
    const { titleErrors } = await refused('en');
    expect(titleErrors).toContain('Enter at most 200 characters.');
  });
});
