import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { provideRouter } from '@angular/router';
import { Certificate } from '@lc/shared-contracts';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { certificationVi } from '../i18n';
import { CertificatePage } from './certificate-page';

const certificate = (year: number, code: string): Certificate => ({
  code,
  holderName: 'Nguyễn Thị Lan',
  communeName: 'Phường Ba Đình',
  year,
  decisionNumber: `${year}/QĐ-UBND`,
  decisionDate: `${year}-05-10`,
  validUntil: `${year + 1}-12-31`,
  revoked: false,
  verifyUrl: `https://cdht.example.vn/verify/${code}`,
});

describe('CertificatePage', () => {
  let fixture: ComponentFixture<CertificatePage>;
  let http: HttpTestingController;
  const el = () => fixture.nativeElement as HTMLElement;
  /** Clicks without waiting for the page to settle: a download's request stays open until the test answers it. */
  const click = async (text: string) => {
    void (await TestbedHarnessEnvironment.loader(fixture).getHarness(MatButtonHarness.with({ text }))).click();
    await new Promise((resolve) => setTimeout(resolve));
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [CertificatePage],
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideTranslateService({ lang: 'vi', fallbackLang: 'vi' }),
      ],
    });
    TestBed.inject(TranslateService).setTranslation('vi', certificationVi);
    fixture = TestBed.createComponent(CertificatePage);
    http = TestBed.inject(HttpTestingController);
    await fixture.whenStable();
    http.expectOne('/api/my/certificates').flush([certificate(2025, 'OLD-1'), certificate(2026, 'NEW-2')]);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  it('prints the newest certificate with its QR code and verification link', () => {
    const text = el().textContent?.replace(/\s+/g, ' ') ?? '';
    expect(el().querySelector('h1')?.textContent).toBe('GIẤY CHỨNG NHẬN CÔNG DÂN HỌC TẬP');
    expect(text).toContain('Nguyễn Thị Lan');
    expect(text).toContain('2026/QĐ-UBND, ngày 10/05/2026');
    expect(text).toContain('31/12/2027');
    const qr = el().querySelector('img') as HTMLImageElement;
    expect(qr.getAttribute('src')).toBe('/api/public/certificates/NEW-2/qr.svg');
    expect(qr.alt).toBe('Mã QR để kiểm tra giấy chứng nhận');
    expect(el().querySelector('a[href="https://cdht.example.vn/verify/NEW-2"]')).not.toBeNull();
  });

  it('opens the browser print dialog', async () => {
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    await click('In giấy chứng nhận');
    expect(print).toHaveBeenCalled();
  });

  it('downloads the signed credential as a file named after the code', async () => {
    const created = jest.fn(() => 'blob:credential');
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: jest.fn() });
    const saved = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toBe('cong-dan-hoc-tap-NEW-2.jwt');
    });
    await click('Tải chứng nhận số (Open Badges)');
    http.expectOne('/api/my/certificates/NEW-2/credential.jwt').flush('header.payload.signature');
    expect(created).toHaveBeenCalled();
    expect(saved).toHaveBeenCalled();
  });

  it('downloads the PDF certificate', async () => {
    Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:pdf'), revokeObjectURL: jest.fn() });
    const names: string[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    await click('Tải giấy chứng nhận (PDF)');
    const req = http.expectOne('/api/my/certificates/NEW-2/certificate.pdf');
    expect(req.request.responseType).toBe('blob');
    req.flush(new Blob(['%PDF-1.7'], { type: 'application/pdf' }));
    expect(names).toEqual(['giay-chung-nhan-NEW-2.pdf']);
  });
});
