import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { MyTestStanding, TestIntro } from '@lc/shared-contracts';
import { SessionStore, provideTranslations, sharedTranslations } from '@lc/web-shared-data-access';
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

  async function render(as: 'visitor' | 'citizen' = 'visitor') {
    const citizen = as === 'citizen';
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
        ...(citizen ? [{ provide: SessionStore, useValue: { hasRole: (role: string) => role === 'citizen' } }] : []),
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
    http.expectNone(`/api/my/tests/${TEST_ID}`);
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

  describe("a citizen's own attempts", () => {
    const links = () => [...el().querySelectorAll('a')].map((a) => [a.textContent?.trim(), a.getAttribute('href')]);
    async function renderWith(mine: MyTestStanding | 'fails') {
      await render('citizen');
      http.expectOne(`/api/tests/${TEST_ID}`).flush(intro({ retakeCooldownMinutes: 30 }));
      const standing = http.expectOne({ method: 'GET', url: `/api/my/tests/${TEST_ID}` });
      if (mine === 'fails') standing.flush({ code: 'INTERNAL' }, { status: 500, statusText: 'x' });
      else standing.flush(mine);
      await settled();
    }

    it('continues an attempt under way instead of offering a new start', async () => {
      const deadlineAt = new Date(Date.now() + 600_000).toISOString();
      await renderWith({ open: { attemptId: 'a1', deadlineAt }, last: null, retakeAt: null });
      expect(text()).toContain('Bạn đang làm dở bài này. Thời gian làm bài còn đến');
      expect(links()).toContainEqual(['Tiếp tục làm bài', `/tests/${TEST_ID}/attempt`]);
      expect(links().map(([label]) => label)).not.toContain('Bắt đầu làm bài');
    });

    it('says when the attempt under way has run out of time', async () => {
      const deadlineAt = new Date(Date.now() - 60_000).toISOString();
      await renderWith({ open: { attemptId: 'a1', deadlineAt }, last: null, retakeAt: null });
      expect(text()).toContain('Lượt làm dở của bạn đã hết giờ. Mở bài để nộp và xem kết quả.');
    });

    it('shows the latest result with its link, and while a retake wait runs, when to come back instead of a start', async () => {
      await renderWith({
        open: null,
        last: { attemptId: 'a2', submittedAt: '2026-11-29T03:00:00Z', score: 3, maxScore: 6, passed: false },
        retakeAt: '2026-11-29T03:30:00Z',
      });
      expect(text()).toContain('Lần làm gần nhất, lúc 10:00 29/11/26: đúng 3/6 câu. Bạn chưa đạt bài này.');
      expect(links()).toContainEqual(['Xem kết quả lần làm gần nhất', '/attempts/a2']);
      expect(text()).toContain('Bạn có thể làm lại bài này từ 10:30 29/11/26.');
      expect(links().some(([, href]) => href === `/tests/${TEST_ID}/attempt`)).toBe(false);
    });

    it('offers a retake once the wait is over', async () => {
      await renderWith({
        open: null,
        last: { attemptId: 'a2', submittedAt: '2026-11-29T03:00:00Z', score: 5, maxScore: 6, passed: true },
        retakeAt: null,
      });
      expect(text()).toContain('Bạn đã đạt bài này.');
      expect(links()).toContainEqual(['Làm lại bài', `/tests/${TEST_ID}/attempt`]);
    });

    it('still offers the start when its own attempts cannot be read', async () => {
      await renderWith('fails');
      expect(text()).not.toContain('Bài làm của bạn');
      expect(links()).toContainEqual(['Bắt đầu làm bài', `/tests/${TEST_ID}/attempt`]);
    });
  });
});
