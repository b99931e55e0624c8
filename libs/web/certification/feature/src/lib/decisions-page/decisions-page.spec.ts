import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { provideRouter } from '@angular/router';
import { DecisionSummary } from '@lc/shared-contracts';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { certificationVi } from '../i18n';
import { DecisionsPage } from './decisions-page';

const decision: DecisionSummary = {
  id: 'd-1',
  number: '15/QĐ-UBND',
  signedOn: '2026-11-20',
  signerName: 'Lê Văn Ký',
  communeId: '00004',
  communeName: 'Phường Ba Đình',
  year: 2026,
  recognisedCount: 12,
};

describe('DecisionsPage', () => {
  let fixture: ComponentFixture<DecisionsPage>;
  let http: HttpTestingController;
  const el = () => fixture.nativeElement as HTMLElement;
  /** Finds a button by its accessible name, which names the decision it downloads. */
  const button = (name: string) =>
    TestbedHarnessEnvironment.loader(fixture).getHarness(MatButtonHarness.with({ selector: `[aria-label="${name}"]` }));

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [DecisionsPage],
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideTranslateService({ lang: 'vi', fallbackLang: 'vi' }),
      ],
    });
    TestBed.inject(TranslateService).setTranslation('vi', certificationVi);
    fixture = TestBed.createComponent(DecisionsPage);
    http = TestBed.inject(HttpTestingController);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  it('lists each decision with its date, signer and count, and a labelled download per document', async () => {
    http.expectOne('/api/decisions').flush([decision]);
    await fixture.whenStable();
    const text = el().textContent?.replace(/\s+/g, ' ') ?? '';
    expect(el().querySelector('h2')?.textContent?.trim()).toBe('Quyết định số 15/QĐ-UBND');
    expect(text).toContain('20/11/2026');
    expect(text).toContain('Lê Văn Ký');
    expect(text).toContain('12 người');
    await expect(button('Tải quyết định số 15/QĐ-UBND (PDF)')).resolves.toBeTruthy();
    await expect(button('Tải danh sách kèm quyết định số 15/QĐ-UBND (Excel)')).resolves.toBeTruthy();
  });

  it('saves the spreadsheet under the name the API gives it', async () => {
    http.expectOne('/api/decisions').flush([decision]);
    await fixture.whenStable();
    const created = jest.fn(() => 'blob:xlsx');
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: jest.fn() });
    const clicked = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toBe('danh-sach-15-QD-UBND.xlsx');
    });
    const annex = await button('Tải danh sách kèm quyết định số 15/QĐ-UBND (Excel)');
    await annex.click();
    expect(await annex.isDisabled()).toBe(true);
    http.expectOne('/api/decisions/d-1/annex.xlsx').flush(new Blob(['x']), {
      headers: { 'Content-Disposition': 'attachment; filename="danh-sach-15-QD-UBND.xlsx"' },
    });
    await fixture.whenStable();
    expect(created).toHaveBeenCalled();
    expect(clicked).toHaveBeenCalledTimes(1);
    expect(await annex.isDisabled()).toBe(false);
    clicked.mockRestore();
  });

  it('says so when there is no decision yet', async () => {
    http.expectOne('/api/decisions').flush([]);
    await fixture.whenStable();
    expect(el().textContent).toContain('Chưa có quyết định nào.');
  });
});
