import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { CourseDetail, EditorMaterialSource } from '@lc/shared-contracts';
import { TrainerStore } from '@lc/web-catalog-data-access';
import { MaterialEditorPage } from './material-editor-page';

const source: EditorMaterialSource = {
  materialId: 'm-1',
  basePath: '/api/h5p/packages/p-1',
  updatedAt: '2026-11-01T08:00:00Z',
  contentType: 'H5P.LcPracticeQuiz',
  params: {
    title: 'Luyện tập OTP',
    lang: 'vi',
    passPercent: 80,
    questions: [
      {
        type: 'single',
        text: 'Ai được biết mã OTP?',
        options: [
          { text: 'Chỉ mình tôi', correct: true },
          { text: 'Ngân hàng', correct: false },
        ],
      },
    ],
  },
};

describe(MaterialEditorPage.name, () => {
  it('lists a refused save beside the buttons with the focus, and keeps what was typed', async () => {
    TestBed.configureTestingModule({
      imports: [MaterialEditorPage],
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideTranslateService({ lang: 'vi', fallbackLang: 'vi' }),
      ],
    });
    TestBed.inject(TrainerStore).show({ id: 'c-1', status: 'draft', title: { vi: 'Khoá nháp' } } as CourseDetail);
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(MaterialEditorPage);
    fixture.componentRef.setInput('courseId', 'c-1');
    fixture.componentRef.setInput('materialId', 'm-1');
    fixture.detectChanges();
    http.expectOne('/api/courses/c-1/editor/materials/m-1').flush(source);
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();

    const loader = TestbedHarnessEnvironment.loader(fixture);
    const title = await loader.getHarness(MatInputHarness.with({ selector: '[formcontrolname="title"]' }));
    await title.setValue('Luyện tập OTP, bản 2');
    void (await loader.getHarness(MatButtonHarness.with({ selector: '[type="submit"]' }))).click();
    await new Promise((resolve) => setTimeout(resolve));
    http
      .expectOne({ method: 'PUT', url: '/api/courses/c-1/editor/materials/m-1' })
      .flush(
        { code: 'COURSE_NOT_DRAFT', message: 'Khoá học không còn là bản nháp' },
        { status: 409, statusText: 'Conflict' },
      );
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));

    const el = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    const summary = el.querySelector<HTMLElement>('.lp-error-summary');
    expect(summary?.textContent).toContain('Khoá học không còn là bản nháp');
    expect(summary?.closest('lp-error-summary')?.nextElementSibling?.classList).toContain('editor-actions');
    expect(document.activeElement).toBe(summary);
    expect(el.querySelector('lp-error-banner')?.textContent?.trim() ?? '').toBe('');
    expect(await title.getValue()).toBe('Luyện tập OTP, bản 2');
    http.verify();
    fixture.destroy();
  });
});
