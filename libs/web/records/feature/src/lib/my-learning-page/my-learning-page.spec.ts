import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslateModule, TranslateService } from '@ngx-translate/core';
import { LearningRecord } from '@lc/shared-contracts';
import { myLearningVi } from '../i18n';
import { MyLearningPage } from './my-learning-page';

const record = (n: number, r: Partial<LearningRecord> = {}): LearningRecord => ({
  id: `r${n}`,
  verb: 'completed',
  objectType: 'h5p_material',
  objectId: `m${n}`,
  objectName: { vi: `Bài ${n}` },
  trust: 'reported',
  score: null,
  maxScore: null,
  success: null,
  completion: true,
  domainLevels: null,
  occurredAt: new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString(),
  hash: 'h',
  attemptId: null,
  ...r,
});

describe(MyLearningPage.name, () => {
  async function render(records: LearningRecord[]) {
    TestBed.configureTestingModule({
      imports: [MyLearningPage, TranslateModule.forRoot()],
      providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('vi', myLearningVi);
    translate.use('vi');
    const fixture = TestBed.createComponent(MyLearningPage);
    const http = TestBed.inject(HttpTestingController);
    http.expectOne('/api/my/course-progress').flush([]);
    http.expectOne('/api/my/records').flush(records);
    http
      .expectOne(`/api/my/applications/${new Date().getFullYear()}`)
      .flush({ code: 'APPLICATION_NOT_FOUND', message: '' }, { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();
    return { el: fixture.nativeElement as HTMLElement, fixture };
  }

  it('names each record’s trust in words and links a graded result to its page', async () => {
    const graded = record(2, { objectType: 'test', trust: 'verified', attemptId: 'a1', score: 4, maxScore: 5 });
    const { el } = await render([graded, record(1)]);

    const trust = [...el.querySelectorAll('.trust')].map((t) => t.textContent?.trim());
    expect(trust).toEqual(['Nguồn: Hệ thống chấm', 'Nguồn: Tự báo cáo qua bài học']);
    const link = el.querySelector<HTMLAnchorElement>('a.card__link');
    expect(link?.getAttribute('href')).toBe('/attempts/a1');
    expect(el.textContent).toContain('Bạn chưa lập hồ sơ đề nghị công nhận năm nay.');
  });

  it('shows the newest 20 records and the rest on request', async () => {
    const { el, fixture } = await render(Array.from({ length: 25 }, (_, i) => record(25 - i)));
    const records = () => el.querySelectorAll('section[aria-labelledby="ml-records"] li').length;
    expect(records()).toBe(20);

    const toggle = el.querySelector<HTMLButtonElement>('button.more');
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    toggle?.click();
    await fixture.whenStable();
    expect(records()).toBe(25);
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');
  });
});
