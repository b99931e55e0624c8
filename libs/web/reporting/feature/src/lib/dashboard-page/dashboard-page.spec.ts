import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection, signal } from '@angular/core';
import { ComponentFixture, DeferBlockBehavior, TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatAutocompleteHarness } from '@angular/material/autocomplete/testing';
import { Area, KpiCommuneRanking, KpiGroups, KpiReport, RoleGrant, RosterKpiValue } from '@lc/shared-contracts';
import { DashboardStore } from '@lc/web-reporting-data-access';
import { LanguageStore, SessionStore, UiMessage } from '@lc/web-shared-data-access';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { reportingEn, reportingVi } from '../i18n';
import { DashboardPage } from './dashboard-page';

const YEAR = new Date().getFullYear();
const communes: Area[] = [
  { id: 'bd', code: '00004', name: 'Phường Ba Đình', kind: 'commune', unitType: 'phường', parentId: 'hn' },
  { id: 'hk', code: '00070', name: 'Phường Hoàn Kiếm', kind: 'commune', unitType: 'phường', parentId: 'hn' },
];
const report: KpiReport = {
  areaId: 'hn',
  areaName: 'Thành phố Hà Nội',
  year: YEAR,
  denominatorSource: 'registered_adults',
  generatedAt: '2026-05-01T08:00:00Z',
  kpis: [
    {
      code: 'K1',
      numerator: 425,
      denominator: 1000,
      value: 0.425,
      target2025: 0.4,
      target2030: 0.6,
      denominatorLabel: { vi: 'người từ 18 tuổi đã đăng ký trên nền tảng', en: 'adults registered on the platform' },
    },
    {
      code: 'K3',
      numerator: 3,
      denominator: 0,
      value: null,
      target2025: 0.7,
      target2030: 0.9,
      denominatorLabel: { vi: 'người đạt danh hiệu', en: 'title holders' },
    },
  ],
};

/** K2 without a learning-unit roster (falls back to registered officials), K0 over one commune's roster. */
const rosterKpis: RosterKpiValue[] = [
  {
    code: 'K2',
    numerator: 12,
    denominator: 40,
    value: 0.3,
    target2025: 0.6,
    target2030: 0.8,
    denominatorLabel: { vi: 'người đã đăng ký thuộc nhóm cán bộ', en: 'registered adults in the officials group' },
    denominatorSource: 'registered_officials',
  },
  {
    code: 'K0',
    numerator: 4,
    denominator: 20,
    value: 0.2,
    target2025: 1,
    target2030: null,
    denominatorLabel: { vi: 'cán bộ, hội viên trong danh sách đã nạp (1 xã/phường)', en: 'association roster (1)' },
    denominatorSource: 'roster',
  },
];

const ranking: KpiCommuneRanking = {
  year: YEAR,
  rows: [
    { areaId: 'bd', areaName: 'Phường Ba Đình', denominatorSource: 'registered_adults', kpis: [report.kpis[0]] },
    { areaId: 'hk', areaName: 'Phường Hoàn Kiếm', denominatorSource: 'registered_adults', kpis: [report.kpis[0]] },
  ],
};
const groups: KpiGroups = {
  communeId: 'hk',
  communeName: 'Phường Hoàn Kiếm',
  year: YEAR,
  rows: [
    {
      areaId: 'tdp-1',
      areaName: 'Tổ dân phố 1',
      kpis: [{ code: 'K1', numerator: null, denominator: 40, value: null, suppressed: true }],
    },
  ],
};

function mockStore() {
  return {
    communes: signal(communes),
    communesLoaded: signal(true),
    report: signal<KpiReport | null>(report),
    trend: signal(null),
    breakdown: signal(null),
    ranking: signal<KpiCommuneRanking | null>(null),
    groups: signal<KpiGroups | null>(null),
    loading: signal(false),
    error: signal<UiMessage | null>(null),
    loadCommunes: jest.fn(),
    loadArea: jest.fn(),
    loadBreakdown: jest.fn(),
  };
}

describe('DashboardPage', () => {
  let fixture: ComponentFixture<DashboardPage>;
  let store: ReturnType<typeof mockStore>;
  let grants: RoleGrant[];
  const text = () => (fixture.nativeElement as HTMLElement).textContent?.replace(/\s+/g, ' ') ?? '';

  async function render(lang: 'vi' | 'en' = 'vi'): Promise<void> {
    TestBed.configureTestingModule({
      imports: [DashboardPage],
      deferBlockBehavior: DeferBlockBehavior.Manual,
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService({ lang, fallbackLang: lang }),
        { provide: LanguageStore, useValue: { lang: signal(lang) } },
        { provide: SessionStore, useValue: { grants: () => grants, hasRole: () => true } },
      ],
    });
    TestBed.overrideComponent(DashboardPage, { set: { providers: [{ provide: DashboardStore, useValue: store }] } });
    TestBed.inject(TranslateService).setTranslation(lang, lang === 'en' ? reportingEn : reportingVi);
    fixture = TestBed.createComponent(DashboardPage);
    await fixture.whenStable();
  }

  beforeEach(() => {
    store = mockStore();
    grants = [{ id: 'g', role: 'analyst', areaId: 'hn', areaName: 'Thành phố Hà Nội' }];
  });

  it('loads the whole city for the current year for a city-wide analyst', async () => {
    await render();
    expect(store.loadCommunes).toHaveBeenCalled();
    expect(store.loadArea).toHaveBeenCalledWith({ id: 'hn', level: 'city', withGroups: false }, YEAR, 'sex');
    const area = await TestbedHarnessEnvironment.loader(fixture).getHarness(MatAutocompleteHarness);
    expect(await area.getValue()).toBe('Toàn thành phố');
  });

  it('waits for the communes before choosing, so a city grant is known as the city', async () => {
    store.communes.set([]);
    store.communesLoaded.set(false);
    await render();
    expect(store.loadArea).not.toHaveBeenCalled();
    store.communes.set(communes);
    store.communesLoaded.set(true);
    await fixture.whenStable();
    expect(store.loadArea).toHaveBeenCalledWith({ id: 'hn', level: 'city', withGroups: false }, YEAR, 'sex');
  });

  it('starts a commune analyst on their own commune', async () => {
    grants = [{ id: 'g', role: 'analyst', areaId: 'hk', areaName: 'Phường Hoàn Kiếm' }];
    await render();
    expect(store.loadArea).toHaveBeenCalledWith({ id: 'hk', level: 'commune', withGroups: true }, YEAR, 'sex');
  });

  it('shows each KPI with its ratio, denominator in words and targets', async () => {
    await render();
    const page = text();
    expect(page).toContain('Tỷ lệ người lớn đạt danh hiệu Công dân học tập');
    expect(page).toMatch(/42,5\s?%/);
    expect(page).toContain('425 / 1.000');
    expect(page).toContain('Mẫu số: người từ 18 tuổi đã đăng ký trên nền tảng (chưa nạp số liệu dân số)');
    expect(page).toMatch(/Mục tiêu 2025: 40\s?% — ✓ đã đạt/);
    expect(page).toMatch(/Mục tiêu 2030: 60\s?% — còn thiếu 17,5 điểm phần trăm/);
    expect(page).toContain('Chưa có số liệu (mẫu số bằng 0)');
    expect(page).toContain('< 10');
  });

  it('describes the bar in words and repeats the numbers in a table', async () => {
    await render();
    const bar = fixture.nativeElement.querySelector('.kpi__bar[role="img"]') as HTMLElement;
    expect(bar.getAttribute('aria-label')).toMatch(/Đạt 42,5\s?%; mục tiêu 2025: 40\s?%, mục tiêu 2030: 60\s?%/);
    const rows = fixture.nativeElement.querySelectorAll('.report__table tbody tr');
    expect(rows.length).toBe(2);
    expect(rows[0].textContent).toContain('K1');
    expect(fixture.nativeElement.querySelector('table caption').textContent).toContain('Thành phố Hà Nội');
  });

  it('tells an analyst without any area grant', async () => {
    grants = [];
    store.report.set(null);
    await render();
    expect(text()).toContain('Bạn chưa được phân quyền xem chỉ số của khu vực nào.');
    expect(store.loadArea).not.toHaveBeenCalled();
  });

  it('says plainly that K1 falls back to registered users and what K3 and K4 count', async () => {
    await render();
    expect(text()).toContain('K1 đang chia cho số người lớn đã đăng ký trên nền tảng');
    const k3 = fixture.nativeElement.querySelector('article[aria-labelledby="lp-kpi-K3"]') as HTMLElement;
    expect(k3.textContent).toContain('Bài kiểm tra trong khoá học của giảng viên');
  });

  it("shows K0 and K2 beside the others in the plan's order, with their targets and denominators in words", async () => {
    store.report.set({ ...report, rosterKpis });
    await render();
    const titles = [...fixture.nativeElement.querySelectorAll('h3.kpi__title .kpi__code')] as HTMLElement[];
    expect(titles.map((t) => t.textContent?.trim())).toEqual(['K0', 'K1', 'K2', 'K3']);
    const k0 = fixture.nativeElement.querySelector('article[aria-labelledby="lp-kpi-K0"]') as HTMLElement;
    expect(k0.textContent).toContain('Mẫu số: cán bộ, hội viên trong danh sách đã nạp (1 xã/phường)');
    expect(k0.textContent).toMatch(/Mục tiêu 2025: 100\s?%\s+— còn thiếu 80 điểm phần trăm/);
    expect(k0.textContent).toContain('do máy chủ chấm đạt; kết quả tự khai không bao giờ được tính');
    const k2 = fixture.nativeElement.querySelector('article[aria-labelledby="lp-kpi-K2"]') as HTMLElement;
    expect(k2.textContent).toContain('Chưa có danh sách đơn vị học tập: K2 tạm tính trên những người đã đăng ký');
    const rows = [...fixture.nativeElement.querySelectorAll('.report__table tbody th')] as HTMLElement[];
    expect(rows.map((r) => r.textContent?.trim().slice(0, 2))).toEqual(['K0', 'K1', 'K2', 'K3']);
  });

  it('says K0 has no value while there is no association roster', async () => {
    const none: RosterKpiValue = {
      ...rosterKpis[1],
      numerator: 0,
      denominator: 0,
      value: null,
      denominatorSource: 'none',
    };
    store.report.set({ ...report, rosterKpis: [none] });
    await render();
    const k0 = fixture.nativeElement.querySelector('article[aria-labelledby="lp-kpi-K0"]') as HTMLElement;
    expect(k0.textContent).toContain('Chưa có danh sách cán bộ, hội viên Hội Khuyến học: K0 chưa có giá trị.');
    expect(k0.textContent).toContain('Chưa có số liệu');
  });

  it('names a KPI it has no words for by its code', async () => {
    store.report.set({ ...report, kpis: [{ ...report.kpis[0], code: 'K9' as never }] });
    await render();
    expect(fixture.nativeElement.querySelector('h3.kpi__title').textContent).toContain('K9');
    expect(text()).not.toContain('reporting.kpi.');
  });

  it('ranks the communes for the city and drills into one, without offering its groups to a city analyst', async () => {
    store.ranking.set(ranking);
    await render();
    const open = [...fixture.nativeElement.querySelectorAll('.ranking__open')] as HTMLButtonElement[];
    expect(open.map((b) => b.textContent?.trim())).toEqual(['Phường Ba Đình', 'Phường Hoàn Kiếm']);
    open[1].click();
    await fixture.whenStable();
    expect(store.loadArea).toHaveBeenLastCalledWith({ id: 'hk', level: 'commune', withGroups: false }, YEAR, 'sex');
    expect(text()).toContain('Về toàn thành phố');
  });

  it("shows a commune's groups to its own analysts with small counts withheld", async () => {
    grants = [{ id: 'g', role: 'analyst', areaId: 'hk', areaName: 'Phường Hoàn Kiếm' }];
    store.groups.set(groups);
    await render();
    expect(text()).toContain('Các tổ dân phố, thôn');
    expect(text()).toContain('Tổ dân phố 1');
    expect(text()).toContain('< 10 / 40');
    expect(text()).not.toContain('Về toàn thành phố');
  });

  it('says everything in English too, with no key left untranslated', async () => {
    store.report.set({ ...report, rosterKpis });
    store.ranking.set(ranking);
    store.groups.set(groups);
    await render('en');
    expect(text()).toContain('Ranking of communes and wards');
    expect(text()).toContain('Residential groups');
    expect(text()).toContain('Download Excel (XLSX)');
    expect(text()).toMatch(/Progress to the 20(25|30) targets/);
    expect(text()).toContain('No learning-unit roster yet: K2 is counted over registered adults');
    expect(text()).toContain('The ranking holds K1, K3 and K4 only');
    expect(text()).not.toContain('reporting.');
  });
});
