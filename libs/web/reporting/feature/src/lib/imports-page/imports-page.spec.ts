import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { RoleGrant } from '@lc/shared-contracts';
import { LanguageStore, SessionStore } from '@lc/web-shared-data-access';
import { MatButtonHarness } from '@angular/material/button/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { importsEn, importsVi } from '../i18n-imports';
import { ImportsPage } from './imports-page';

describe('ImportsPage', () => {
  let fixture: ComponentFixture<ImportsPage>;
  let http: HttpTestingController;
  let grants: RoleGrant[];
  const el = () => fixture.nativeElement as HTMLElement;

  async function render(): Promise<void> {
    TestBed.configureTestingModule({
      imports: [ImportsPage],
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService({ lang: 'vi', fallbackLang: 'vi' }),
        { provide: SessionStore, useValue: { grants: () => grants } },
      ],
    });
    TestBed.inject(TranslateService).setTranslation('vi', importsVi);
    TestBed.inject(TranslateService).setTranslation('en', importsEn);
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ImportsPage);
    await fixture.whenStable();
  }

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 20));
    await fixture.whenStable();
  }

  /** The request once the page has sent it: reading a file and the click's handlers take a while on a busy machine. */
  async function nextRequest(url: string): Promise<TestRequest> {
    for (let waited = 0; waited < 5_000; waited += 10) {
      const [found] = http.match(url);
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return http.expectOne(url);
  }

  async function send(name: string, content: string): Promise<void> {
    const input = el().querySelector('#import-file') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([content], name)] });
    input.dispatchEvent(new Event('change'));
    const loader = TestbedHarnessEnvironment.loader(fixture);
    void (await loader.getHarness(MatButtonHarness.with({ text: 'Nạp tệp' }))).click();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }

  beforeEach(() => {
    localStorage.clear();
    // jsdom has no object URLs; the browser's are tried in the Playwright test.
    Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:report'), revokeObjectURL: jest.fn() });
    grants = [{ id: 'g', role: 'admin', areaId: '00004', areaName: 'Phường Ba Đình' }];
  });

  it('lists every refused row and offers the report to download', async () => {
    await render();
    await send('dan-so.csv', 'commune_code,year,adults\n99999,2026,1');
    const req = await nextRequest('/api/kpis/population-figures');
    expect(req.request.body).toEqual({ csv: 'commune_code,year,adults\n99999,2026,1' });
    const details = { problems: [{ line: 2, message: 'Không có xã/phường mã "99999".' }], report: 'line,message' };
    req.flush({ code: 'IMPORT_INVALID', message: '1 dòng chưa hợp lệ', details }, { status: 422, statusText: 'x' });
    await settle();
    expect(el().querySelector('#problems-heading')?.textContent).toContain('1 dòng chưa hợp lệ');
    expect(el().querySelector('.imports-problems tbody tr')?.textContent).toContain('99999');
    expect(el().querySelector('a[download]')?.getAttribute('href')).toMatch(/^blob:/);
  });

  it('refuses a file of another kind before sending it', async () => {
    await render();
    await send('dan-so.pdf', 'x');
    http.expectNone('/api/kpis/population-figures');
    expect(el().querySelector('#import-file-error')?.textContent).toContain('Chỉ nhận tệp .csv hoặc .xlsx.');

    TestBed.inject(LanguageStore).use('en');
    await fixture.whenStable();
    expect(el().querySelector('#import-file-error')?.textContent).toContain('Only .csv or .xlsx files.');
  });

  it("saves the city's criteria course and says so in the language of the moment", async () => {
    grants = [{ id: 'g', role: 'admin', areaId: '01', areaName: 'Thành phố' }];
    await render();
    http.expectOne('/api/kpis/criteria-course').flush({ courseId: 'c1' });
    http.expectOne('/api/courses').flush([{ id: 'c1', title: { vi: 'Khoá tiêu chí' } }]);
    await settle();
    const save = (
      await TestbedHarnessEnvironment.loader(fixture).getHarness(MatButtonHarness.with({ text: 'Lưu khóa học' }))
    ).click();
    const put = await nextRequest('/api/kpis/criteria-course');
    expect(put.request.body).toEqual({ courseId: 'c1' });
    put.flush({ courseId: 'c1' });
    await save;
    await settle();
    const status = () => el().querySelector('.imports-criteria [role="status"]')?.textContent?.trim();
    expect(status()).toBe('Đã lưu khóa học về tiêu chí.');

    TestBed.inject(LanguageStore).use('en');
    await fixture.whenStable();
    expect(status()).toBe('The criteria course is saved.');
  });

  it("shows a roster's K2 before and after, and the criteria course only to the city's admins", async () => {
    await render();
    expect(el().querySelector('#criteria-heading')).toBeNull();
    (el().querySelectorAll('input[type="radio"]')[1] as HTMLInputElement).click();
    await send('ds.csv', 'commune_code,year,unit_type,unit_name,citizen_id');
    http.expectOne('/api/kpis/rosters/learning-units').flush({
      imported: 12,
      areas: [
        {
          areaId: '00004',
          areaName: 'Phường Ba Đình',
          year: 2026,
          members: 12,
          before: { numerator: null, denominator: null },
          after: { numerator: 11, denominator: 12 },
        },
      ],
    });
    await settle();
    const cells = [...el().querySelectorAll('.imports-result tbody td')].map((td) => td.textContent?.trim());
    expect(cells).toEqual(['12', 'chưa có danh sách', '11 / 12']);
  });
});
