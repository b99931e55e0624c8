import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { Router } from '@angular/router';
import { SkillsAssessmentOverview } from '@lc/shared-contracts';
import { progress, skillsTestProviders } from '../skills-testing';
import { SkillsIntroPage } from './skills-intro-page';

const overview = (over: Partial<SkillsAssessmentOverview> = {}): SkillsAssessmentOverview => ({
  domains: progress(0).map(({ code, name }) => ({ code, name })),
  maxQuestions: 30,
  aboutMinutes: 30,
  timeLimitMinutes: 60,
  extraTimeMinutes: 30,
  retake: { attemptsPerWindow: 1, windowDays: 7 },
  openAttempt: null,
  nextStartAt: null,
  results: [],
  ...over,
});

describe(SkillsIntroPage.name, () => {
  let fixture: ComponentFixture<SkillsIntroPage>;
  let http: HttpTestingController;
  const el = () => fixture.nativeElement as HTMLElement;
  const text = () => el().textContent?.replace(/\s+/g, ' ') ?? '';
  const buttons = (label: string) =>
    TestbedHarnessEnvironment.loader(fixture).getAllHarnesses(MatButtonHarness.with({ text: label }));

  async function render(body: SkillsAssessmentOverview) {
    TestBed.configureTestingModule({ imports: [SkillsIntroPage], providers: skillsTestProviders() });
    localStorage.clear();
    fixture = TestBed.createComponent(SkillsIntroPage);
    http = TestBed.inject(HttpTestingController);
    http.expectOne({ method: 'GET', url: '/api/skills-assessment' }).flush(body);
    await fixture.whenStable();
  }

  afterEach(() => http.verify());

  it('explains the assessment before anything starts, and starts nothing by itself', async () => {
    await render(overview());
    expect(text()).toContain('Tối đa 30 câu hỏi');
    expect(text()).toContain('Khoảng 30 phút. Thời gian tối đa: 60 phút.');
    expect(text()).toContain('Bạn được làm 1 lần trong mỗi 7 ngày.');
    expect(text()).toContain('Ứng dụng trí tuệ nhân tạo');
    expect(text()).toContain('Cho tôi thêm 30 phút');
    http.expectNone({ method: 'POST' });
  });

  it('starts with the extra time asked for, only when the button is pressed', async () => {
    await render(overview());
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const loader = TestbedHarnessEnvironment.loader(fixture);
    await (await loader.getHarness(MatCheckboxHarness)).check();
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Bắt đầu đánh giá' }))).click();
    const post = http.expectOne({ method: 'POST', url: '/api/skills-assessment/attempts' });
    expect(post.request.body).toEqual({ extraTime: true });
    post.flush({ id: 'a9' });
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith(['/skills-assessment/attempts', 'a9']);
  });

  it('offers to resume an open attempt instead of starting another', async () => {
    await render(overview({ openAttempt: { id: 'a1', answered: 7, deadlineAt: '2026-12-10T09:00:00Z' } }));
    expect(text()).toContain('Bạn đang làm dở bài đánh giá');
    expect(text()).toContain('Bạn đã trả lời 7 câu');
    const resume = [...el().querySelectorAll('a')].find((a) => a.textContent?.trim() === 'Làm tiếp');
    expect(resume?.getAttribute('href')).toBe('/skills-assessment/attempts/a1');
    expect(await buttons('Bắt đầu đánh giá')).toHaveLength(0);
  });

  it('says when a retake is allowed, and links the results kept from earlier attempts', async () => {
    await render(
      overview({
        nextStartAt: '2026-12-17T08:00:00Z',
        results: [{ attemptId: 'a0', finishedAt: '2026-12-10T08:30:00Z', levels: { '1': 2 } }],
      }),
    );
    expect(text()).toContain('Bạn có thể làm lại từ');
    expect(await buttons('Bắt đầu đánh giá')).toHaveLength(0);
    const link = [...el().querySelectorAll('a')].find((a) => a.textContent?.includes('Xem kết quả ngày'));
    expect(link?.getAttribute('href')).toBe('/skills-assessment/results/a0');
  });
});
