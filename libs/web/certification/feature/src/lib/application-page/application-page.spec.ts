import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideRouter } from '@angular/router';
import { Application, CriteriaItem } from '@lc/shared-contracts';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { certificationVi } from '../i18n';
import { ApplicationPage } from './application-page';

const YEAR = new Date().getFullYear();
const item = (code: string, group: string): CriteriaItem => ({
  code,
  group,
  text: { vi: `Tiêu chí ${code}` },
  maxScore: 10,
  evidence: null,
});
const items = [
  ...['1.1', '1.2', '1.3', '1.4'].map((c) => item(c, 'G1')),
  ...['2.1', '2.2', '2.3', '2.4'].map((c) => item(c, 'G2')),
  ...['3.1', '3.2'].map((c) => item(c, 'G3')),
];
// 8 × 9 + 6 + 6 = 84
const scores: Record<string, number> = { ...Object.fromEntries(items.map((i) => [i.code, 9])), '3.1': 6, '3.2': 6 };

const application = (over: Partial<Application> = {}): Application => ({
  id: 'app-1',
  year: YEAR,
  status: 'draft',
  applicantName: 'Nguyễn Thị Lan',
  applicantBirthYear: 1980,
  communeId: 'c-1',
  communeName: 'Phường Ba Đình',
  criteriaSet: {
    id: 'cs-1',
    code: 'CDHT-HN',
    version: 1,
    validFrom: '2025-01-01',
    groups: [
      { code: 'G1', name: { vi: 'Tự học và học tập suốt đời' } },
      { code: 'G2', name: { vi: 'Sử dụng công cụ tương tác' } },
      { code: 'G3', name: { vi: 'Quan hệ xã hội' } },
    ],
    items,
    passTotal: 80,
    minItemScore: 5,
  },
  scores,
  total: 84,
  passes: true,
  itemReasons: {},
  evidenceIntact: true,
  evidenceProblem: null,
  evidence: [
    {
      itemCode: '2.1',
      records: [
        {
          id: 'r-1',
          verb: 'passed',
          objectType: 'test',
          objectId: 't-1',
          objectName: { vi: 'Bài kiểm tra kỹ năng số cơ bản' },
          trust: 'verified',
          score: 18,
          maxScore: 20,
          success: true,
          completion: true,
          domainLevels: null,
          occurredAt: '2026-03-05T08:00:00Z',
          hash: 'h',
        },
      ],
      trustCounts: { verified: 1, attested: 0, reported: 0, declared: 0 },
      suggestedScore: 10,
      suggestionReason: { vi: 'đạt mức 3 ở lĩnh vực 2' },
      suggestionTrust: ['verified'],
      suggestionCapped: false,
    },
  ],
  transitions: [
    {
      from: null,
      to: 'draft',
      actorName: 'Nguyễn Thị Lan',
      actorRole: 'citizen',
      reason: null,
      at: '2026-03-01T08:00:00Z',
      evidenceProblem: null,
      evidenceOverride: null,
    },
  ],
  certificateCode: null,
  decision: null,
  ...over,
});

describe('ApplicationPage', () => {
  let fixture: ComponentFixture<ApplicationPage>;
  let http: HttpTestingController;

  const text = () => (fixture.nativeElement as HTMLElement).textContent?.replace(/\s+/g, ' ') ?? '';
  let loader: HarnessLoader;
  const button = (label: string) => loader.getHarness(MatButtonHarness.with({ text: label }));
  const buttons = (label: string) => loader.getAllHarnesses(MatButtonHarness.with({ text: label }));

  async function render(response: Application | 'missing'): Promise<void> {
    fixture = TestBed.createComponent(ApplicationPage);
    http = TestBed.inject(HttpTestingController);
    const req = http.expectOne(`/api/my/applications/${YEAR}`);
    if (response === 'missing') {
      req.flush({ code: 'APPLICATION_NOT_FOUND', message: 'Chưa có hồ sơ' }, { status: 404, statusText: 'Not Found' });
    } else {
      req.flush(response);
    }
    await fixture.whenStable();
    loader = TestbedHarnessEnvironment.loader(fixture);
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [ApplicationPage],
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideTranslateService({ lang: 'vi', fallbackLang: 'vi' }),
      ],
    });
    TestBed.inject(TranslateService).setTranslation('vi', certificationVi);
  });

  afterEach(() => http.verify());

  it('offers to start when the citizen has no application this year', async () => {
    await render('missing');
    expect(text()).toContain(`Công dân học tập ${YEAR}`);

    // The click settles once the request it starts is answered.
    const clicked = (await button('Bắt đầu tự đánh giá')).click();
    await fixture.whenStable();
    const start = http.expectOne({ method: 'POST', url: '/api/my/applications' });
    expect(start.request.body).toEqual({ year: YEAR });
    start.flush(application());
    await clicked;
    await fixture.whenStable();
    expect(text()).toContain('Tổng điểm: 84/100');
  });

  it('shows the groups, evidence with its trust in words, the live total and the pass rule', async () => {
    await render(application());
    const page = text();
    expect(page).toContain('Trạng thái: Bản nháp');
    expect(page).toContain('Tự học và học tập suốt đời');
    expect(page).toContain('Bài kiểm tra kỹ năng số cơ bản');
    expect(page).toContain('Đã xác thực');
    expect(page).toContain('Gợi ý: 10 điểm — đạt mức 3 ở lĩnh vực 2');
    expect(page).toContain('Tổng điểm: 84/100');
    expect(page).toContain('Cần tổng ≥ 80 và không mục nào dưới 5');
    expect(page).toContain('Đạt điều kiện danh hiệu');
    expect(await loader.getAllHarnesses(MatSelectHarness)).toHaveLength(10);
  });

  it('applies a suggested score only when asked', async () => {
    await render(application());
    expect(text()).toContain('Tổng điểm: 84/100');

    await (await loader.getHarness(MatButtonHarness.with({ selector: '[aria-label^="Dùng điểm gợi ý 10"]' }))).click();
    expect(text()).toContain('Tổng điểm: 85/100');
  });

  it('names the items that block the title', async () => {
    await render(application({ scores: { ...scores, '1.2': 4 }, total: 79, passes: false }));
    const page = text();
    expect(page).toContain('Tổng điểm: 79/100');
    expect(page).toContain('Tổng điểm còn thiếu 1 điểm.');
    expect(page).toContain('Các mục dưới 5 điểm: 1.2 Tiêu chí 1.2');
  });

  it('saves the scores with Lưu', async () => {
    await render(application());
    const clicked = (await button('Lưu')).click();
    await fixture.whenStable();
    const save = http.expectOne({ method: 'PUT', url: '/api/applications/app-1/scores' });
    expect(save.request.body).toEqual({ scores });
    save.flush(application());
    await clicked;
    await fixture.whenStable();
    expect(text()).toContain('Đã lưu điểm tự đánh giá.');
  });

  it('puts a refused save in a focused error summary by the buttons, keeping the chosen score', async () => {
    await render(application());
    const [, select] = await loader.getAllHarnesses(MatSelectHarness); // item 1.2
    await select.open();
    await select.clickOptions({ text: '7' });
    const clicked = (await button('Lưu')).click();
    await fixture.whenStable();
    http
      .expectOne({ method: 'PUT', url: '/api/applications/app-1/scores' })
      .flush(
        { code: 'APPLICATION_NOT_EDITABLE', message: 'Hồ sơ đã nộp, không sửa được' },
        { status: 409, statusText: 'Conflict' },
      );
    await clicked;
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));

    const summary = (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>('.lp-error-summary');
    expect(summary?.textContent).toContain('Hồ sơ đã nộp, không sửa được');
    expect(summary?.closest('lp-error-summary')?.nextElementSibling?.classList).toContain('actions');
    expect(document.activeElement).toBe(summary);
    expect(await select.getValueText()).toBe('7');
    fixture.destroy();
  });

  it('shows why a returned application came back, per item', async () => {
    await render(
      application({
        status: 'returned',
        itemReasons: { '2.1': 'Chưa có minh chứng giờ học' },
        transitions: [
          {
            from: 'submitted',
            to: 'returned',
            actorName: 'Trần Văn Minh',
            actorRole: 'verifier',
            reason: 'Cần bổ sung',
            at: '2026-04-01T08:00:00Z',
            evidenceProblem: null,
            evidenceOverride: null,
          },
        ],
      }),
    );
    const page = text();
    expect(page).toContain('Trạng thái: Bị trả lại');
    expect(page).toContain('Lý do: Cần bổ sung');
    expect(page).toContain('Lý do trả lại mục này: Chưa có minh chứng giờ học');
    expect(page).toContain('Đã nộp → Bị trả lại');
    expect(page).toContain('Trần Văn Minh (Người xác minh)');
    expect(await buttons('Nộp hồ sơ')).toHaveLength(1);
  });

  it('links a recognised citizen to the certificate and hides the editing buttons', async () => {
    await render(
      application({
        status: 'recognised',
        decision: {
          id: 'd-1',
          number: '12/QĐ-UBND',
          signedOn: '2026-05-10',
          signerName: 'Lê Văn Hải',
          communeName: 'Phường Ba Đình',
        },
      }),
    );
    const page = text();
    expect(page).toContain('Đã công nhận');
    expect(page).toContain('Quyết định số 12/QĐ-UBND ngày 10/05/2026');
    const link = fixture.nativeElement.querySelector('a[href="/title/certificate"]') as HTMLAnchorElement;
    expect(link.textContent?.trim()).toBe('Xem giấy chứng nhận');
    expect(await buttons('Nộp hồ sơ')).toHaveLength(0);
    expect(await loader.getAllHarnesses(MatSelectHarness)).toHaveLength(0);
  });
});
