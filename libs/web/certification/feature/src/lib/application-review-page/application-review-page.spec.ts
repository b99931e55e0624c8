import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { FormControl, FormRecord } from '@angular/forms';
import { provideRouter } from '@angular/router';
import { Application, Role } from '@lc/shared-contracts';
import { SessionStore } from '@lc/web-shared-data-access';
import { dialogsOf } from '@lc/web-shared-ui/testing';
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
  let loader: HarnessLoader;
  const buttons = (label: string) => loader.getAllHarnesses(MatButtonHarness.with({ text: label }));
  const button = (label: string) => loader.getHarness(MatButtonHarness.with({ text: label }));
  /** Presses a page button; the promise settles once any request it starts is answered. */
  const press = async (label: string) => (await button(label)).click();
  const dialogs = () => dialogsOf(fixture).open();
  const dialogText = async () => (await dialogs()).pop()?.getText();
  const pressInDialog = (label: string) => dialogsOf(fixture).answer(label);
  const field = async (label: string) =>
    (await (
      await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }))
    ).getControl(MatInputHarness)) as MatInputHarness;
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
    loader = TestbedHarnessEnvironment.loader(fixture);
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
    expect(await buttons('Từ chối')).toHaveLength(0);

    // Not pre-filled with the applicant's own scores: forwarding at once is refused.
    await press('Xác nhận và chuyển');
    expect(text()).toContain('Hãy chấm điểm tất cả các mục trước khi xác nhận.');
    expect(await dialogs()).toHaveLength(0);

    score({ '1.1': 7, '1.2': 8 });
    await press('Xác nhận và chuyển');
    expect(await dialogText()).toContain('Kiểm tra trước khi chuyển hồ sơ của Nguyễn Thị Lan');
    expect(await dialogText()).toContain('Nguyên vẹn');
    http.expectNone('/api/applications/app-1/verification');
    await pressInDialog('Quay lại kiểm tra');
    http.expectNone('/api/applications/app-1/verification');

    await press('Xác nhận và chuyển');
    await pressInDialog('Xác nhận chuyển');
    const verify = http.expectOne({ method: 'POST', url: '/api/applications/app-1/verification' });
    expect(verify.request.body).toEqual({ scores: { '1.1': 7, '1.2': 8 } });
    verify.flush(application({ status: 'verified' }));
    await fixture.whenStable();
    expect(text()).toContain('Đã xác minh và chuyển hồ sơ cho người công nhận.');
    expect(await buttons('Xác nhận và chuyển')).toHaveLength(0);
  });

  it('needs a reason to return, and sends the per-item reasons given', async () => {
    await render(application());
    await press('Trả lại');
    http.expectNone('/api/applications/app-1/return');
    expect(text()).toContain('Hãy nhập lý do trả lại');

    await (await field('Lý do trả lại')).setValue('Thiếu minh chứng');
    await (await field('Lý do cho mục 1.1')).setValue('Chưa có giấy xác nhận giờ học');
    const pressed = (await button('Trả lại')).click();
    await fixture.whenStable();
    const ret = http.expectOne({ method: 'POST', url: '/api/applications/app-1/return' });
    expect(ret.request.body).toEqual({
      reason: 'Thiếu minh chứng',
      itemReasons: { '1.1': 'Chưa có giấy xác nhận giờ học' },
    });
    ret.flush(application({ status: 'returned' }));
    await pressed;
  });

  it('shows the server refusal when the approver also verified the application', async () => {
    roles = ['verifier', 'approver'];
    await render(application({ status: 'verified' }));
    expect(await buttons('Xác nhận và chuyển')).toHaveLength(0);
    expect(await buttons('Từ chối')).toHaveLength(1);

    await (await field('Lý do trả lại')).setValue('Đủ điều kiện');
    const pressed = (await button('Trả lại')).click();
    await fixture.whenStable();
    http
      .expectOne('/api/applications/app-1/return')
      .flush(
        { code: 'SEPARATION_OF_DUTIES', message: 'Người xác minh không được đồng thời công nhận hồ sơ này' },
        { status: 403, statusText: 'Forbidden' },
      );
    await pressed;
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
    const [returnReason] = await loader.getAllHarnesses(
      MatInputHarness.with({ selector: '[formcontrolname="reason"]' }),
    );
    expect(await returnReason.getValue()).toBe('Đủ điều kiện');
  });

  it('asks the verifier why they verify a broken chain, and sends the reason', async () => {
    await render(application({ evidenceIntact: false, evidenceProblem: 'rehashed' }));
    score({ '1.1': 9, '1.2': 8 });
    expect(el().querySelector('.evidence-broken')?.textContent).toContain('Mã băm đã bị tính lại');
    await press('Xác nhận và chuyển');
    http.expectNone('/api/applications/app-1/verification');
    expect(text()).toContain('Hãy ghi lý do (ít nhất 10 ký tự)');

    await (
      await field('Lý do vẫn xác minh dù minh chứng không còn nguyên vẹn (bắt buộc)')
    ).setValue('Đã đối chiếu giấy chứng nhận gốc.');
    await press('Xác nhận và chuyển');
    expect(await dialogText()).toContain('Không còn nguyên vẹn.');
    await pressInDialog('Xác nhận chuyển');
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
