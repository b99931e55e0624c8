import { HttpTestingController } from '@angular/common/http/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatRadioGroupHarness } from '@angular/material/radio/testing';
import { LanguageStore, provideTranslations } from '@lc/web-shared-data-access';
import { ProblemTarget } from '@lc/web-assessment-data-access';
import { itemBankTranslations } from '../item-bank-i18n';
import { skillsTestProviders } from '../skills-testing';
import { ReportProblem } from './report-problem';

describe(ReportProblem.name, () => {
  let fixture: ComponentFixture<ReportProblem>;
  let http: HttpTestingController;
  let loader: HarnessLoader;
  const el = () => fixture.nativeElement as HTMLElement;
  const button = (text: string) => loader.getHarness(MatButtonHarness.with({ text }));

  async function render(target: ProblemTarget) {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [ReportProblem],
      providers: [...skillsTestProviders(), provideTranslations(itemBankTranslations)],
    });
    fixture = TestBed.createComponent(ReportProblem);
    fixture.componentRef.setInput('target', target);
    fixture.componentRef.setInput('number', 3);
    http = TestBed.inject(HttpTestingController);
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  }

  afterEach(() => http.verify());

  /** Lets the request's promise settle, then renders. */
  async function settle() {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  async function choose(reasonIndex: number, note = '') {
    await (await button('Báo lỗi câu hỏi')).click();
    const reasons = await (await loader.getHarness(MatRadioGroupHarness)).getRadioButtons();
    await reasons[reasonIndex].check();
    await (await loader.getHarness(MatInputHarness)).setValue(note);
  }

  it('names the question it reports in its accessible name, and sends nothing until asked', async () => {
    await render({ kind: 'skills', attemptId: 'a1', position: 3 });
    const open = await (await button('Báo lỗi câu hỏi')).host();
    expect(await open.getAttribute('aria-label')).toBe('Báo lỗi câu hỏi 3');
    http.expectNone({ method: 'POST' });
  });

  it('reports an assessment question by its position, then only thanks the citizen, in either language', async () => {
    await render({ kind: 'skills', attemptId: 'a1', position: 3 });
    await choose(1, '  Câu hỏi khó hiểu quá.  ');
    void (await button('Gửi báo lỗi')).click();
    await settle();
    const post = http.expectOne({
      method: 'POST',
      url: '/api/skills-assessment/attempts/a1/questions/3/problem-reports',
    });
    expect(post.request.body).toEqual({ reason: 'unclear', note: 'Câu hỏi khó hiểu quá.' });
    post.flush({ received: true });
    await settle();
    const status = () => el().querySelector('[role="status"]')?.textContent;
    expect(status()).toContain('Cảm ơn bạn.');
    expect(await loader.getAllHarnesses(MatRadioGroupHarness)).toHaveLength(0);

    TestBed.inject(LanguageStore).use('en');
    await fixture.whenStable();
    expect(status()).toContain('Thank you.');
  });

  it('reports a course-test item by its id, and asks for a reason first', async () => {
    await render({ kind: 'course-test', attemptId: 'a2', itemId: 't-9' });
    await (await button('Báo lỗi câu hỏi')).click();
    await (await button('Gửi báo lỗi')).click();
    expect(el().textContent).toContain('Hãy chọn một lý do.');
    http.expectNone({ method: 'POST' });
    const [wrongKey] = await (await loader.getHarness(MatRadioGroupHarness)).getRadioButtons();
    await wrongKey.check();
    void (await button('Gửi báo lỗi')).click();
    await settle();
    const post = http.expectOne({ method: 'POST', url: '/api/attempts/a2/problem-reports' });
    expect(post.request.body).toEqual({ reason: 'wrong_key', itemId: 't-9' });
    post.flush({ code: 'RATE_LIMITED', message: 'Bạn đã gửi quá nhiều.' }, { status: 429, statusText: 'Too Many' });
    await settle();
    // Refused: the citizen is told why, and the form stays with their choice to send later.
    expect(el().querySelector('[role="alert"]')?.textContent).toContain('Bạn đã gửi quá nhiều.');
    expect(await wrongKey.isChecked()).toBe(true);
  });
});
