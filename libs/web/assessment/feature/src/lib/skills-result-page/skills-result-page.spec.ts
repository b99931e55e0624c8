import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, DeferBlockBehavior, TestBed } from '@angular/core/testing';
import { finishedResult, openAttempt, skillsTestProviders } from '../skills-testing';
import { SkillsResultPage } from './skills-result-page';

describe(SkillsResultPage.name, () => {
  let fixture: ComponentFixture<SkillsResultPage>;
  let http: HttpTestingController;
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  const el = () => fixture.nativeElement as HTMLElement;
  const text = () => el().textContent?.replace(/\s+/g, ' ') ?? '';

  beforeAll(() => {
    // jsdom has no IntersectionObserver, which `@defer (on viewport)` sets up even when the block is never loaded.
    (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver ??= class {
      observe = () => undefined;
      unobserve = () => undefined;
      disconnect = () => undefined;
    };
  });

  beforeEach(async () => {
    // The chart (ECharts) is a deferred block: it is not drawn in jsdom; its table is the thing to check.
    TestBed.configureTestingModule({
      imports: [SkillsResultPage],
      providers: skillsTestProviders(),
      deferBlockBehavior: DeferBlockBehavior.Manual,
    });
    fixture = TestBed.createComponent(SkillsResultPage);
    fixture.componentRef.setInput('attemptId', 'a1');
    http = TestBed.inject(HttpTestingController);
    await fixture.whenStable();
    http
      .expectOne({ method: 'GET', url: '/api/skills-assessment/attempts/a1' })
      .flush({ ...openAttempt(30), status: 'finished', question: null, result: finishedResult() });
    await settle();
  });

  afterEach(() => http.verify());

  it('gives the six domain levels as a table, the chart’s accessible alternative', () => {
    const rows = [...el().querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim()),
    );
    expect(el().querySelector('caption')?.textContent).toContain('Mức năng lực theo lĩnh vực');
    expect(rows).toHaveLength(6);
    expect(rows[0]).toEqual(['1. Khai thác dữ liệu và thông tin', '1', 'Cơ bản', '10 %']);
    expect(rows[2]).toEqual(['3. Sáng tạo nội dung số', 'Chưa có', '—', '—']);
  });

  it('says what each level means, where competences stand and which courses to take', () => {
    expect(text()).toContain('Mức 2 (Cơ bản): làm được việc đơn giản.');
    expect(text()).toContain('1.1 Năng lực 1.1: yếu hơn các năng lực khác trong lĩnh vực');
    const course = [...el().querySelectorAll('a')].find((a) => a.textContent?.includes('Tìm kiếm thông tin an toàn'));
    expect(course?.getAttribute('href')).toBe('/courses/c1');
    expect(text()).not.toMatch(/Đúng|Sai|đáp án/);
  });
});
