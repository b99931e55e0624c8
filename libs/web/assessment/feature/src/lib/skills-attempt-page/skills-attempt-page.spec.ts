import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatRadioButtonHarness } from '@angular/material/radio/testing';
import { Router } from '@angular/router';
import { openAttempt, skillsTestProviders } from '../skills-testing';
import { SkillsAttemptPage } from './skills-attempt-page';

describe(SkillsAttemptPage.name, () => {
  let fixture: ComponentFixture<SkillsAttemptPage>;
  let http: HttpTestingController;
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  const el = () => fixture.nativeElement as HTMLElement;
  const text = () => el().textContent?.replace(/\s+/g, ' ') ?? '';
  const loader = () => TestbedHarnessEnvironment.loader(fixture);
  const next = () => loader().getHarness(MatButtonHarness.with({ text: 'Lưu và tiếp tục' }));
  const choose = async (label: string) =>
    (await loader().getHarness(MatRadioButtonHarness.with({ label: new RegExp(label) }))).check();

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [SkillsAttemptPage], providers: skillsTestProviders() });
    fixture = TestBed.createComponent(SkillsAttemptPage);
    fixture.componentRef.setInput('attemptId', 'a1');
    http = TestBed.inject(HttpTestingController);
    await fixture.whenStable();
    http.expectOne({ method: 'GET', url: '/api/skills-assessment/attempts/a1' }).flush(openAttempt(6));
    await settle();
  });

  afterEach(() => {
    http.verify();
    fixture.destroy();
  });

  it('shows one question and the progress by domain, and starts nothing by landing here', async () => {
    expect(text()).toContain('Câu 7');
    expect(text()).toContain('Câu hỏi thứ 7?');
    expect(text()).toContain('Lĩnh vực 2/6: Giao tiếp và hợp tác');
    expect(text()).toContain('Đã lưu 6 câu (tối đa 30 câu)');
    expect(text()).toContain('Khai thác dữ liệu và thông tin: đã xong');
    expect(el().querySelectorAll('fieldset')).toHaveLength(1);
    expect(await (await next()).isDisabled()).toBe(true);
    http.expectNone({ method: 'POST' });
  });

  it('saves the chosen answer and moves on once the server has it', async () => {
    await choose('Phương án B');
    await (await next()).click();
    const put = http.expectOne({ method: 'PUT', url: '/api/skills-assessment/attempts/a1/answers/7' });
    expect(put.request.body).toEqual({ optionIds: ['b'] });
    put.flush(openAttempt(7));
    await settle();
    expect(text()).toContain('Câu hỏi thứ 8?');
    expect(text()).toContain('Đã lưu 7 câu');
    expect(text()).toContain('Đã lưu câu 7. Câu tiếp theo.');
  });

  it('does not count an answer that failed to save, and keeps the question to try again', async () => {
    await choose('Phương án A');
    await (await next()).click();
    http
      .expectOne('/api/skills-assessment/attempts/a1/answers/7')
      .flush({ code: 'DB_BUSY', message: 'Hệ thống đang bận.' }, { status: 503, statusText: 'Busy' });
    await settle();
    expect(text()).toContain('Câu trả lời chưa được lưu.');
    expect(text()).toContain('Câu hỏi thứ 7?');
    expect(text()).toContain('Đã lưu 6 câu');
    expect(await (await next()).isDisabled()).toBe(false);
  });

  it('goes to the result once the last answer finishes the assessment', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    await choose('Phương án A');
    await (await next()).click();
    http
      .expectOne('/api/skills-assessment/attempts/a1/answers/7')
      .flush({ ...openAttempt(7), status: 'finished', question: null });
    await settle();
    expect(navigate).toHaveBeenCalledWith(['/skills-assessment/results', 'a1'], { replaceUrl: true });
  });
});
