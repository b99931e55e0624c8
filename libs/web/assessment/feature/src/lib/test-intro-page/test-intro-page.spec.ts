import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { TestIntro } from '@lc/shared-contracts';
import { provideTranslations, sharedTranslations } from '@lc/web-shared-data-access';
import { assessmentTranslations } from '../i18n';
import { TestIntroPage } from './test-intro-page';

const TEST_ID = '4b3e6511-281b-46eb-a7e0-f358f8a25009';
const intro = (over: Partial<TestIntro> = {}): TestIntro => ({
  testId: TEST_ID,
  title: { vi: 'Kiểm tra: an toàn trên điện thoại' },
  questionCount: 6,
  timeLimitSeconds: 1200,
  passPercent: 60,
  retakeCooldownMinutes: 0,
  course: { id: 'c1', title: { vi: 'Dùng điện thoại thông minh an toàn' } },
  ...over,
});

describe(TestIntroPage.name, () => {
  let fixture: ComponentFixture<TestIntroPage>;
  let http: HttpTestingController;
  const el = () => fixture.nativeElement as HTMLElement;
  const text = () => el().textContent?.replace(/\s+/g, ' ') ?? '';

  async function render() {
    TestBed.configureTestingModule({
      imports: [TestIntroPage],
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideTranslateService({ lang: 'vi', fallbackLang: 'vi' }),
        provideTranslations(sharedTranslations),
        provideTranslations(assessmentTranslations),
      ],
    });
    fixture = TestBed.createComponent(TestIntroPage);
    fixture.componentRef.setInput('testId', TEST_ID);
    http = TestBed.inject(HttpTestingController);
    fixture.detectChanges();
  }

  /** After the answer: the page's promise settles, then the view follows. */
  async function settled() {
    await fixture.whenStable();
    fixture.detectChanges();
  }

  afterEach(() => http.verify());

  it('says what the test asks before it starts, links the start, and starts nothing by itself', async () => {
    await render();
    http.expectOne({ method: 'GET', url: `/api/tests/${TEST_ID}` }).flush(intro({ retakeCooldownMinutes: 30 }));
    await settled();
    expect(el().querySelector('h1')?.textContent).toContain('Kiểm tra: an toàn trên điện thoại');
    expect(text()).toContain('Bài có 6 câu hỏi.');
    expect(text()).toContain('Bạn có 20 phút. Đồng hồ chỉ bắt đầu khi bạn bấm “Bắt đầu làm bài”.');
    expect(text()).toContain('đúng từ 60% số câu');
    expect(text()).toContain('làm lại sau 30 phút');
    const start = [...el().querySelectorAll('a')].find((a) => a.textContent?.includes('Bắt đầu làm bài'));
    expect(start?.getAttribute('href')).toBe(`/tests/${TEST_ID}/attempt`);
    const course = [...el().querySelectorAll('a')].find((a) => a.textContent?.includes('Dùng điện thoại'));
    expect(course?.getAttribute('href')).toBe('/courses/c1');
    http.expectNone({ method: 'POST' });
  });

  it('says when a test is not found, and offers no start', async () => {
    await render();
    http
      .expectOne(`/api/tests/${TEST_ID}`)
      .flush({ code: 'TEST_NOT_FOUND', message: 'Không tìm thấy bài kiểm tra.' }, { status: 404, statusText: 'x' });
    await settled();
    expect(text()).toContain('Không tìm thấy bài kiểm tra.');
    expect(text()).not.toContain('Bắt đầu làm bài');
  });
});
