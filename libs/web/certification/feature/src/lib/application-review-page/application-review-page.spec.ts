import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatInputHarness } from '@angular/material/input/testing';
import { FormControl, FormRecord } from '@angular/forms';
import { provideRouter } from '@angular/router';
import { Application, Role } from '@lc/shared-contracts';
import { SessionStore } from '@lc/web-shared-data-access';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { certificationVi } from '../i18n';
import { ApplicationReviewPage } from './application-review-page';

const application = (over: Partial<Application> = {}): Application => ({
  id: 'app-1',
  year: 2026,
  status: 'submitted',
  applicantName: 'Nguyễn Thị Lan',
  applicantBirthYear: 1980,
  communeId: 'c-1',
  communeName: 'Phường Ba Đình',
  criteriaSet: {
    id: 'cs-1',
    code: 'CDHT-HN',
    version: 1,
    validFrom: '2025-01-01',
    groups: [{ code: 'G1', name: { vi: 'Tự học' } }],
    items: [
      { code: '1.1', group: 'G1', text: { vi: 'Học đủ số giờ' }, maxScore: 10, evidence: 'learning_hours' },
      { code: '1.2', group: 'G1', text: { vi: 'Chia sẻ kiến thức' }, maxScore: 10, evidence: null },
    ],
    passTotal: 16,
    minItemScore: 5,
  },
  scores: { '1.1': 9, '1.2': 8 },
  total: 17,
  passes: true,
  itemReasons: {},
  evidence: [],
  evidenceIntact: true,
  evidenceProblem: null,
  transitions: [],
  certificateCode: null,
  decision: null,
  ...over,
});

describe('ApplicationReviewPage', () => {
  let fixture: ComponentFixture<ApplicationReviewPage>;
  let http: HttpTestingController;
  let roles: Role[];

  const el = () => fixture.nativeElement as HTMLElement;
  const text = () => el().textContent?.replace(/\s+/g, ' ') ?? '';
  const button = (label: string) => [...el().querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
  /** The open dialog, rendered by MatDialog outside the page. */
  const dialog = () => [...document.querySelectorAll('mat-dialog-container')].pop() ?? null;
  /** Closing a dialog waits for its exit animation before `afterClosed` fires. */
  const settle = async () => {
    await new Promise((done) => setTimeout(done, 200));
    await fixture.whenStable();
  };
  const dialogButton = (label: string) =>
    [...(dialog()?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === label);
  /** What a verifier chooses in the score selects (the page starts them empty). */
  const score = (scores: Record<string, number>) =>
    (fixture.componentInstance as unknown as { scores: FormRecord<FormControl<number | null>> }).scores.setValue(
      scores,
    );

  async function render(app: Application): Promise<void> {
    fixture = TestBed.createComponent(ApplicationReviewPage);
    fixture.componentRef.setInput('id', app.id);
    http = TestBed.inject(HttpTestingController);
    await fixture.whenStable();
    http.expectOne('/api/applications/app-1').flush(app);
    await fixture.whenStable();
  }

  beforeEach(() => {
    roles = ['verifier'];
    TestBed.configureTestingModule({
      imports: [ApplicationReviewPage],
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideTranslateService({ lang: 'vi', fallbackLang: 'vi' }),
        { provide: SessionStore, useValue: { hasRole: (role: Role) => roles.includes(role), grants: () => [] } },
      ],
    });
    TestBed.inject(TranslateService).setTranslation('vi', certificationVi);
  });

  afterEach(() => http.verify());

  it('lets a verifier forward a submitted application only after scoring it and confirming a summary', async () => {
    await render(application());
    expect(text()).toContain('Hồ sơ của Nguyễn Thị Lan');
    expect(text()).toContain('Điểm tự đánh giá: 9');
    expect(button('Từ chối')).toBeUndefined();

    // Not pre-filled with the applicant's own scores: forwarding at once is refused.
    button('Xác nhận và chuyển')?.click();
    await fixture.whenStable();
    expect(text()).toContain('Hãy chấm điểm tất cả các mục trước khi xác nhận.');
    expect(dialog()).toBeNull();

    score({ '1.1': 7, '1.2': 8 });
    button('Xác nhận và chuyển')?.click();
    await fixture.whenStable();
    expect(dialog()?.textContent).toContain('Kiểm tra trước khi chuyển hồ sơ của Nguyễn Thị Lan');
    expect(dialog()?.textContent).toContain('Nguyên vẹn');
    http.expectNone('/api/applications/app-1/verification');
    dialogButton('Quay lại kiểm tra')?.click();
    await settle();
    http.expectNone('/api/applications/app-1/verification');

    button('Xác nhận và chuyển')?.click();
    await fixture.whenStable();
    dialogButton('Xác nhận chuyển')?.click();
    await settle();
    const verify = http.expectOne({ method: 'POST', url: '/api/applications/app-1/verification' });
    expect(verify.request.body).toEqual({ scores: { '1.1': 7, '1.2': 8 } });
    verify.flush(application({ status: 'verified' }));
    await fixture.whenStable();
    expect(text()).toContain('Đã xác minh và chuyển hồ sơ cho người công nhận.');
    expect(button('Xác nhận và chuyển')).toBeUndefined();
  });

  it('needs a reason to return, and sends the per-item reasons given', async () => {
    await render(application());
    button('Trả lại')?.click();
    await fixture.whenStable();
    http.expectNone('/api/applications/app-1/return');
    expect(text()).toContain('Hãy nhập lý do trả lại');

    const reason = el().querySelector('textarea[formcontrolname="reason"]') as HTMLTextAreaElement;
    const item11 = el().querySelector('.item-reasons textarea') as HTMLTextAreaElement;
    reason.value = 'Thiếu minh chứng';
    reason.dispatchEvent(new Event('input'));
    item11.value = 'Chưa có giấy xác nhận giờ học';
    item11.dispatchEvent(new Event('input'));
    button('Trả lại')?.click();
    const ret = http.expectOne({ method: 'POST', url: '/api/applications/app-1/return' });
    expect(ret.request.body).toEqual({
      reason: 'Thiếu minh chứng',
      itemReasons: { '1.1': 'Chưa có giấy xác nhận giờ học' },
    });
    ret.flush(application({ status: 'returned' }));
  });

  it('shows the server refusal when the approver also verified the application', async () => {
    roles = ['verifier', 'approver'];
    await render(application({ status: 'verified' }));
    expect(button('Xác nhận và chuyển')).toBeUndefined();
    expect(button('Từ chối')).toBeDefined();

    const reason = el().querySelector('textarea[formcontrolname="reason"]') as HTMLTextAreaElement;
    reason.value = 'Đủ điều kiện';
    reason.dispatchEvent(new Event('input'));
    button('Trả lại')?.click();
    http
      .expectOne('/api/applications/app-1/return')
      .flush(
        { code: 'SEPARATION_OF_DUTIES', message: 'Người xác minh không được đồng thời công nhận hồ sơ này' },
        { status: 403, statusText: 'Forbidden' },
      );
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    // Beside the button that was pressed, with the focus, not in a banner at the top of the page.
    const summary = el().querySelector<HTMLElement>('section[aria-labelledby="lp-return-heading"] .lp-error-summary');
    expect(summary?.querySelector('[role="alert"]')?.textContent).toContain(
      'Người xác minh không được đồng thời công nhận hồ sơ này',
    );
    expect(document.activeElement).toBe(summary);
    expect(el().querySelectorAll('.lp-error-summary')).toHaveLength(1);
    // Nothing typed is lost.
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const [returnReason] = await loader.getAllHarnesses(
      MatInputHarness.with({ selector: '[formcontrolname="reason"]' }),
    );
    expect(await returnReason.getValue()).toBe('Đủ điều kiện');
  });

  it('asks the verifier why they verify a broken chain, and sends the reason', async () => {
    await render(application({ evidenceIntact: false, evidenceProblem: 'rehashed' }));
    score({ '1.1': 9, '1.2': 8 });
    expect(el().querySelector('.evidence-broken')?.textContent).toContain('Mã băm đã bị tính lại');
    button('Xác nhận và chuyển')?.click();
    await fixture.whenStable();
    http.expectNone('/api/applications/app-1/verification');
    expect(text()).toContain('Hãy ghi lý do (ít nhất 10 ký tự)');

    const override = [...el().querySelectorAll('textarea')].find((t) =>
      t.closest('mat-form-field')?.textContent?.includes('Lý do vẫn xác minh'),
    ) as HTMLTextAreaElement;
    override.value = 'Đã đối chiếu giấy chứng nhận gốc.';
    override.dispatchEvent(new Event('input'));
    button('Xác nhận và chuyển')?.click();
    await fixture.whenStable();
    expect(dialog()?.textContent).toContain('Không còn nguyên vẹn.');
    dialogButton('Xác nhận chuyển')?.click();
    await settle();
    const verify = http.expectOne({ method: 'POST', url: '/api/applications/app-1/verification' });
    expect(verify.request.body).toEqual({
      scores: { '1.1': 9, '1.2': 8 },
      evidenceOverride: 'Đã đối chiếu giấy chứng nhận gốc.',
    });
    verify.flush(application({ status: 'verified', evidenceIntact: false, evidenceProblem: 'rehashed' }));
  });

  it('shows the approver why an earlier step went ahead on a broken chain', async () => {
    roles = ['approver'];
    await render(
      application({
        status: 'verified',
        evidenceIntact: false,
        evidenceProblem: 'modified',
        transitions: [
          {
            from: 'submitted',
            to: 'verified',
            actorName: 'Trần Văn Minh',
            actorRole: 'verifier',
            reason: null,
            at: '2026-04-01T08:00:00Z',
            evidenceProblem: 'modified',
            evidenceOverride: 'Đã đối chiếu bản giấy.',
          },
        ],
      }),
    );
    expect(el().querySelector('.overrides')?.textContent).toContain(
      'Trần Văn Minh (Người xác minh): Đã đối chiếu bản giấy.',
    );
    expect(text()).toContain('Vẫn xử lý dù chuỗi minh chứng không còn nguyên vẹn. Lý do: Đã đối chiếu bản giấy.');
  });
});
