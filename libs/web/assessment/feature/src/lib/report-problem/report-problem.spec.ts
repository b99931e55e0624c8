import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideTranslations } from '@lc/web-shared-data-access';
import { ProblemTarget } from '@lc/web-assessment-data-access';
import { itemBankTranslations } from '../item-bank-i18n';
import { skillsTestProviders } from '../skills-testing';
import { ReportProblem } from './report-problem';

describe(ReportProblem.name, () => {
  let fixture: ComponentFixture<ReportProblem>;
  let http: HttpTestingController;
  const el = () => fixture.nativeElement as HTMLElement;
  const button = (label: string) => [...el().querySelectorAll('button')].find((b) => b.textContent?.trim() === label);

  async function render(target: ProblemTarget) {
    TestBed.configureTestingModule({
      imports: [ReportProblem],
      providers: [...skillsTestProviders(), provideTranslations(itemBankTranslations)],
    });
    fixture = TestBed.createComponent(ReportProblem);
    fixture.componentRef.setInput('target', target);
    fixture.componentRef.setInput('number', 3);
    http = TestBed.inject(HttpTestingController);
    await fixture.whenStable();
  }

  afterEach(() => http.verify());

  /** Lets the request's promise settle, then renders. */
  async function settle() {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  async function chooseAndSend(reasonIndex: number, note = '') {
    button('Báo lỗi câu hỏi')!.click();
    await fixture.whenStable();
    el().querySelectorAll<HTMLInputElement>('input[type="radio"]')[reasonIndex].click();
    const textarea = el().querySelector<HTMLTextAreaElement>('textarea')!;
    textarea.value = note;
    textarea.dispatchEvent(new Event('input'));
    button('Gửi báo lỗi')!.click();
    await fixture.whenStable();
  }

  it('names the question it reports in its accessible name, and sends nothing until asked', async () => {
    await render({ kind: 'skills', attemptId: 'a1', position: 3 });
    expect(button('Báo lỗi câu hỏi')!.getAttribute('aria-label')).toBe('Báo lỗi câu hỏi 3');
    http.expectNone({ method: 'POST' });
  });

  it('reports an assessment question by its position, then only thanks the citizen', async () => {
    await render({ kind: 'skills', attemptId: 'a1', position: 3 });
    await chooseAndSend(1, '  Câu hỏi khó hiểu quá.  ');
    const post = http.expectOne({
      method: 'POST',
      url: '/api/skills-assessment/attempts/a1/questions/3/problem-reports',
    });
    expect(post.request.body).toEqual({ reason: 'unclear', note: 'Câu hỏi khó hiểu quá.' });
    post.flush({ received: true });
    await settle();
    expect(el().querySelector('[role="status"]')?.textContent).toContain('Cảm ơn bạn.');
    expect(el().querySelector('form')).toBeNull();
  });

  it('reports a course-test item by its id, and asks for a reason first', async () => {
    await render({ kind: 'course-test', attemptId: 'a2', itemId: 't-9' });
    button('Báo lỗi câu hỏi')!.click();
    await fixture.whenStable();
    button('Gửi báo lỗi')!.click();
    await fixture.whenStable();
    expect(el().textContent).toContain('Hãy chọn một lý do.');
    http.expectNone({ method: 'POST' });
    el().querySelectorAll<HTMLInputElement>('input[type="radio"]')[0].click();
    button('Gửi báo lỗi')!.click();
    const post = http.expectOne({ method: 'POST', url: '/api/attempts/a2/problem-reports' });
    expect(post.request.body).toEqual({ reason: 'wrong_key', itemId: 't-9' });
    post.flush({ code: 'RATE_LIMITED', message: 'Bạn đã gửi quá nhiều.' }, { status: 429, statusText: 'Too Many' });
    await settle();
    // Refused: the citizen is told why, and the form stays with their choice to send later.
    expect(el().querySelector('[role="alert"]')?.textContent).toContain('Bạn đã gửi quá nhiều.');
    expect(el().querySelector<HTMLInputElement>('input[type="radio"]')!.checked).toBe(true);
  });
});
