import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatInputHarness } from '@angular/material/input/testing';
import { Router, provideRouter } from '@angular/router';
import { CertificateVerification } from '@lc/shared-contracts';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { certificationVi } from '../i18n';
import { VerifyPage } from './verify-page';

const verification = (over: Partial<CertificateVerification> = {}): CertificateVerification => ({
  code: 'CDHT-2026-ABC123',
  valid: true,
  status: 'valid',
  signed: false,
  holderInitials: 'N.T.L.',
  communeName: 'Phường Ba Đình',
  year: 2026,
  decisionNumber: '12/QĐ-UBND',
  decisionDate: '2026-05-10',
  validUntil: '2027-12-31',
  ...over,
});

describe('VerifyPage', () => {
  let fixture: ComponentFixture<VerifyPage>;
  let http: HttpTestingController;
  const text = () => (fixture.nativeElement as HTMLElement).textContent?.replace(/\s+/g, ' ') ?? '';
  /** The certificate code field, the page's only single-line input. */
  const codeInput = () =>
    TestbedHarnessEnvironment.loader(fixture).getHarness(MatInputHarness.with({ selector: 'input' }));

  async function render(code: string | undefined): Promise<void> {
    fixture = TestBed.createComponent(VerifyPage);
    if (code) fixture.componentRef.setInput('code', code);
    http = TestBed.inject(HttpTestingController);
    await fixture.whenStable();
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [VerifyPage],
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

  it('asks for a code and checks nothing without one', async () => {
    await render(undefined);
    expect(text()).toContain('Mã xác thực');
    http.expectNone(() => true);
  });

  it('shows a valid certificate with initials only', async () => {
    await render('CDHT-2026-ABC123');
    http.expectOne('/api/public/certificates/CDHT-2026-ABC123').flush(verification());
    await fixture.whenStable();
    const page = text();
    expect(page).toContain('Giấy chứng nhận hợp lệ');
    expect(page).toContain('N.T.L.');
    expect(page).toContain('Số 12/QĐ-UBND ngày 10/05/2026');
    expect(page).toContain('31/12/2027');
  });

  it('says when a certificate was revoked', async () => {
    await render('CDHT-2026-ABC123');
    http
      .expectOne('/api/public/certificates/CDHT-2026-ABC123')
      .flush(verification({ valid: false, status: 'revoked' }));
    await fixture.whenStable();
    expect(text()).toContain('Đã bị thu hồi');
    expect(text()).not.toContain('hợp lệ');
  });

  it('says when a title no longer matches its signed credential, and that it was checked against it', async () => {
    await render('CDHT-2026-ABC123');
    http
      .expectOne('/api/public/certificates/CDHT-2026-ABC123')
      .flush(verification({ valid: false, status: 'tampered', signed: true }));
    await fixture.whenStable();
    expect(text()).toContain('Không khớp với chứng nhận số đã ký');
    expect(text()).toContain('đừng tin giấy này');
    expect(text()).toContain('Đã đối chiếu với chứng nhận số có chữ ký của cơ quan cấp.');
    expect(text()).not.toContain('Giấy chứng nhận hợp lệ');
  });

  it('says when no certificate has the code', async () => {
    await render('WRONG');
    http
      .expectOne('/api/public/certificates/WRONG')
      .flush({ code: 'NOT_FOUND', message: 'x' }, { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).querySelector('[role="alert"]')?.textContent).toContain(
      'Không tìm thấy giấy chứng nhận',
    );
  });

  it('submits a typed code by navigating to its address, without reloading the page', async () => {
    await render(undefined);
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const root = fixture.nativeElement as HTMLElement;
    await (await codeInput()).setValue(' cdht-2026-xyz ');
    const submitted = new Event('submit', { cancelable: true });
    root.querySelector('form')?.dispatchEvent(submitted);
    expect(submitted.defaultPrevented).toBe(true);
    expect(navigate).toHaveBeenCalledWith(['/verify', 'CDHT-2026-XYZ']);
  });

  it('checks the new code when the route parameter changes, and ignores a late answer for the old one', async () => {
    await render('CDHT-2026-ABC123');
    const first = http.expectOne('/api/public/certificates/CDHT-2026-ABC123');
    fixture.componentRef.setInput('code', 'CDHT-2026-OTHER1');
    await fixture.whenStable();
    expect(first.cancelled).toBe(true);
    http
      .expectOne('/api/public/certificates/CDHT-2026-OTHER1')
      .flush(verification({ code: 'CDHT-2026-OTHER1', valid: false, status: 'expired' }));
    await fixture.whenStable();
    expect(text()).toContain('CDHT-2026-OTHER1');
    expect(text()).toContain('Đã hết hạn');
    expect(await (await codeInput()).getValue()).toBe('CDHT-2026-OTHER1');
  });

  it('checks again when the same code is submitted once more', async () => {
    await render('CDHT-2026-ABC123');
    http.expectOne('/api/public/certificates/CDHT-2026-ABC123').flush(verification());
    await fixture.whenStable();
    (fixture.nativeElement as HTMLElement).querySelector('form')?.dispatchEvent(new Event('submit'));
    http
      .expectOne('/api/public/certificates/CDHT-2026-ABC123')
      .flush(verification({ valid: false, status: 'revoked' }));
    await fixture.whenStable();
    expect(text()).toContain('Đã bị thu hồi');
  });

  it('checks a pasted credential and says whether it was revoked', async () => {
    await render(undefined);
    const root = fixture.nativeElement as HTMLElement;
    await (
      await TestbedHarnessEnvironment.loader(fixture).getHarness(MatInputHarness.with({ selector: 'textarea' }))
    ).setValue(' eyJhbGciOiJFZERTQSJ9.payload.signature ');
    root.querySelectorAll('form')[1].dispatchEvent(new Event('submit'));
    const req = http.expectOne('/api/public/credential-checks');
    expect(req.request.body).toEqual({ credential: 'eyJhbGciOiJFZERTQSJ9.payload.signature' });
    req.flush({
      signature: 'valid',
      status: 'revoked',
      code: 'ABCDEFGHJK',
      holderInitials: 'N. T. L.',
      achievement: 'Công dân học tập năm 2026',
    });
    await fixture.whenStable();
    expect(root.querySelector('[data-testid="credential-result"]')?.textContent).toContain(
      'Chữ ký hợp lệ, nhưng danh hiệu đã bị thu hồi',
    );
  });
});
