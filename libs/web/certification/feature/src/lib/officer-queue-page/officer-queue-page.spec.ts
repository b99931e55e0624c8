import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ApplicationSummary, Role } from '@lc/shared-contracts';
import { SessionStore } from '@lc/web-shared-data-access';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { certificationVi } from '../i18n';
import { OfficerQueuePage } from './officer-queue-page';

const summary = (id: string, name: string, passes: boolean): ApplicationSummary => ({
  id,
  year: 2026,
  status: 'verified',
  applicantName: name,
  communeName: 'Phường Ba Đình',
  total: passes ? 86 : 72,
  passes,
  submittedAt: '2026-04-02T08:00:00Z',
});

describe('OfficerQueuePage', () => {
  let fixture: ComponentFixture<OfficerQueuePage>;
  let http: HttpTestingController;
  const el = () => fixture.nativeElement as HTMLElement;
  const input = (label: string) => {
    const field = [...el().querySelectorAll('mat-form-field')].find(
      (f) => f.querySelector('mat-label')?.textContent?.trim() === label,
    );
    return field?.querySelector('input') as HTMLInputElement;
  };
  const dialog = () => [...document.querySelectorAll('mat-dialog-container')].pop() ?? null;
  /** Answers the confirmation naming whom the decision recognises; closing waits for the exit animation. */
  const confirmDecision = async (expected: string) => {
    await fixture.whenStable();
    expect(dialog()?.textContent).toContain(expected);
    [...(dialog()?.querySelectorAll('button') ?? [])]
      .find((b) => b.textContent?.trim() === 'Xác nhận công nhận')
      ?.click();
    await new Promise((done) => setTimeout(done, 200));
    await fixture.whenStable();
  };
  const rowCheckbox = () => el().querySelector('td mat-checkbox input') as HTMLInputElement;
  const type = (label: string, value: string) => {
    const target = input(label);
    target.value = value;
    target.dispatchEvent(new Event('input'));
  };

  beforeEach(async () => {
    const roles: Role[] = ['approver'];
    TestBed.configureTestingModule({
      imports: [OfficerQueuePage],
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
    fixture = TestBed.createComponent(OfficerQueuePage);
    http = TestBed.inject(HttpTestingController);
    await fixture.whenStable();
    http
      .expectOne('/api/applications?status=verified')
      .flush([summary('a-1', 'Nguyễn Thị Lan', true), summary('a-2', 'Phạm Văn Nam', false)]);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  it('lists verified applications for an approver, with a checkbox only for those that pass', () => {
    expect(el().querySelector('[role="tab"]')?.textContent).toContain('Chờ công nhận');
    expect(el().textContent).toContain('Phạm Văn Nam');
    expect(el().querySelector('a[href="/officer/a-1"]')?.textContent).toContain('Nguyễn Thị Lan');
    expect(el().querySelectorAll('td mat-checkbox').length).toBe(1);
  });

  it('recognises the chosen applications in one decision of their commune', async () => {
    rowCheckbox().click();
    type('Số quyết định', '12/QĐ-UBND');
    type('Ngày ký', '2026-05-10');
    type('Người ký', 'Lê Văn Hải');
    await fixture.whenStable();
    [...el().querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Lập quyết định')?.click();
    http.expectNone({ method: 'POST', url: '/api/decisions' });
    await confirmDecision(
      'Công nhận 1 hồ sơ của Phường Ba Đình, ký ngày 2026-05-10, người ký Lê Văn Hải: Nguyễn Thị Lan (86)',
    );

    http.expectOne('/api/applications/a-1').flush({ id: 'a-1', communeId: 'c-ba-dinh' });
    const create = http.expectOne({ method: 'POST', url: '/api/decisions' });
    expect(create.request.body).toEqual({
      communeId: 'c-ba-dinh',
      number: '12/QĐ-UBND',
      signedOn: '2026-05-10',
      signerName: 'Lê Văn Hải',
      applicationIds: ['a-1'],
    });
    create.flush({
      id: 'd-1',
      number: '12/QĐ-UBND',
      signedOn: '2026-05-10',
      signerName: 'Lê Văn Hải',
      communeName: 'Phường Ba Đình',
    });
    http.expectOne('/api/applications?status=verified').flush([summary('a-2', 'Phạm Văn Nam', false)]);
    await fixture.whenStable();
    expect(el().textContent).toContain('Đã lập Quyết định số 12/QĐ-UBND: 1 hồ sơ được công nhận.');
  });

  it('asks to choose an application before making a decision', async () => {
    [...el().querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Lập quyết định')?.click();
    await fixture.whenStable();
    expect(el().querySelector('[role="alert"]')?.textContent).toContain('Hãy chọn ít nhất một hồ sơ đạt.');
  });

  it('names the applications whose evidence is broken, and sends the approver’s reason to recognise them anyway', async () => {
    rowCheckbox().click();
    type('Số quyết định', '13/QĐ-UBND');
    type('Ngày ký', '2026-05-10');
    type('Người ký', 'Lê Văn Hải');
    await fixture.whenStable();
    const submit = () =>
      [...el().querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Lập quyết định')?.click();
    submit();
    await confirmDecision('Nguyễn Thị Lan');
    http.expectOne('/api/applications/a-1').flush({ id: 'a-1', communeId: 'c-ba-dinh' });
    http.expectOne({ method: 'POST', url: '/api/decisions' }).flush(
      {
        code: 'EVIDENCE_CHAIN_BROKEN',
        message: '1 hồ sơ trong quyết định: chuỗi minh chứng không còn nguyên vẹn.',
        details: { applicationIds: ['a-1'] },
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await fixture.whenStable();
    expect(el().querySelector('.broken-evidence')?.textContent).toContain('không còn nguyên vẹn: Nguyễn Thị Lan');

    submit();
    await fixture.whenStable();
    http.expectNone({ method: 'POST', url: '/api/decisions' });
    const reason = el().querySelector('.broken-evidence textarea') as HTMLTextAreaElement;
    reason.value = 'Đã xem hồ sơ giấy tại phường.';
    reason.dispatchEvent(new Event('input'));
    submit();
    await confirmDecision('Nguyễn Thị Lan');
    http.expectOne('/api/applications/a-1').flush({ id: 'a-1', communeId: 'c-ba-dinh' });
    const create = http.expectOne({ method: 'POST', url: '/api/decisions' });
    expect(create.request.body).toMatchObject({
      applicationIds: ['a-1'],
      evidenceOverride: 'Đã xem hồ sơ giấy tại phường.',
    });
  });

  it('searches names without diacritics, filters by result, and selects every passing row shown', async () => {
    type('Tìm theo họ tên', 'pham nam');
    await fixture.whenStable();
    expect(el().textContent).toContain('Đang hiển thị 1/2 hồ sơ');
    expect(el().textContent).not.toContain('Nguyễn Thị Lan');
    expect(el().textContent).toContain('Phạm Văn Nam');

    type('Tìm theo họ tên', '');
    await fixture.whenStable();
    expect(el().textContent).toContain('Đang hiển thị 2/2 hồ sơ');
    (el().querySelector('.select-all input') as HTMLInputElement).click();
    await fixture.whenStable();
    expect(el().textContent).toContain('Đã chọn 1 hồ sơ');
    expect(rowCheckbox().checked).toBe(true);
  });
});
