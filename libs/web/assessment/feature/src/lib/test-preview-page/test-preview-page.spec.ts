import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MatRadioGroupHarness } from '@angular/material/radio/testing';
import { provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { TestPreviewStore } from '@lc/web-catalog-data-access';
import { provideTranslations } from '@lc/web-shared-data-access';
import { assessmentTranslations } from '../i18n';
import { itemAnswerTranslations } from '../item-answer-i18n';
import { TestPreviewPage } from './test-preview-page';

describe(TestPreviewPage.name, () => {
  function setUp(withDraft: boolean, testId?: string) {
    TestBed.configureTestingModule({
      imports: [TestPreviewPage],
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideTranslateService({ lang: 'vi', fallbackLang: 'vi' }),
        provideTranslations(assessmentTranslations),
        provideTranslations(itemAnswerTranslations),
      ],
    });
    if (withDraft)
      TestBed.inject(TestPreviewStore).draft.set({
        returnUrl: '/trainer',
        test: {
          title: 'Mật khẩu',
          items: [
            {
              type: 'single_choice',
              competence: '4.1',
              level: 2,
              stem: 'Mật khẩu nào mạnh?',
              options: ['123', 'x#9Lq!'],
              correct: [1],
            },
            {
              type: 'multiple_choice',
              competence: '4.1',
              level: 2,
              stem: 'Chọn việc an toàn',
              options: ['A', 'B', 'C'],
              correct: [0, 2],
              explanation: 'Giải thích bí mật',
            },
          ],
        },
      });
    const fixture = TestBed.createComponent(TestPreviewPage);
    if (testId) fixture.componentRef.setInput('testId', testId);
    return { fixture, loader: TestbedHarnessEnvironment.loader(fixture) };
  }

  it('lets the trainer answer every item as a learner would, sending nothing and showing no key', async () => {
    const { fixture, loader } = setUp(true);
    await fixture.whenStable();
    const radios = await loader.getHarness(MatRadioGroupHarness);
    expect(await radios.getCheckedValue()).toBeNull();
    await radios.checkRadioButton({ label: '123' });
    expect(await radios.getCheckedValue()).toBe('preview-1-1');

    const boxes = await loader.getAllHarnesses(MatCheckboxHarness);
    expect(boxes).toHaveLength(3);
    await boxes[1].check();
    expect(await boxes[1].isChecked()).toBe(true);
    expect(await boxes[0].isChecked()).toBe(false);

    const text = (fixture.nativeElement as HTMLElement).textContent ?? '';
    expect(text).toContain('Xem như người học: Mật khẩu');
    expect(text).not.toContain('Giải thích bí mật');
    expect(text).not.toContain('Đã lưu');
    TestBed.inject(HttpTestingController).verify();
  });

  it('says what to do when there is nothing to preview (a reload loses the unsaved test)', async () => {
    const { fixture } = setUp(false);
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).textContent).toContain('Không có bài kiểm tra nào để xem trước');
  });

  it('shows a saved test as the API delivers it to learners, and sends nothing back', async () => {
    const { fixture, loader } = setUp(true, 'test-1');
    fixture.detectChanges();
    const http = TestBed.inject(HttpTestingController);
    http.expectOne({ method: 'GET', url: '/api/tests/test-1/preview' }).flush({
      testId: 'test-1',
      title: { vi: 'Bài đã lưu' },
      items: [
        {
          id: 't-1',
          type: 'single_choice',
          competence: '4.1',
          level: 2,
          stem: { vi: 'Câu đã lưu?' },
          options: [
            { id: 'a', text: { vi: 'Có' } },
            { id: 'b', text: { vi: 'Không' } },
          ],
        },
      ],
    });
    await fixture.whenStable();
    const radios = await loader.getHarness(MatRadioGroupHarness);
    await radios.checkRadioButton({ label: 'Không' });
    expect(await radios.getCheckedValue()).toBe('b');
    const text = (fixture.nativeElement as HTMLElement).textContent ?? '';
    expect(text).toContain('Xem như người học: Bài đã lưu');
    expect(text).toContain('không được lưu hay chấm điểm');
    // The unsaved draft in memory is not what a saved test's preview shows.
    expect(text).not.toContain('Mật khẩu nào mạnh?');
    http.verify();
  });

  it('says so when the API refuses the saved test', async () => {
    const { fixture } = setUp(false, 'test-2');
    fixture.detectChanges();
    TestBed.inject(HttpTestingController)
      .expectOne('/api/tests/test-2/preview')
      .flush({ code: 'TEST_NOT_FOUND', message: 'Không tìm thấy bài kiểm tra.' }, { status: 404, statusText: 'x' });
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).textContent).toContain('Không tìm thấy bài kiểm tra.');
  });
});
