import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { provideRouter } from '@angular/router';
import { ApplicationSummary, Role } from '@lc/shared-contracts';
import { SessionStore } from '@lc/web-shared-data-access';
import { dialogsOf } from '@lc/web-shared-ui/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { certificationVi } from '../i18n';
import { OfficerQueuePage } from './officer-queue-page';

const summary = (id: string, name: string, passes: boolean): ApplicationSummary => ({
  id,
  year: 2026,
  status: 'verified',
  applicantName: name,
  communeId: '00004',
  communeName: 'Phường Ba Đình',
  total: passes ? 86 : 72,
  passes,
  submittedAt: '2026-04-02T08:00:00Z',
});

describe('OfficerQueuePage', () => {
  let fixture: ComponentFixture<OfficerQueuePage>;
  let http: HttpTestingController;
  let loader: HarnessLoader;
  const el = () => fixture.nativeElement as HTMLElement;
  const input = async (label: string) => {
    const field = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
    return (await field.getControl(MatInputHarness)) as MatInputHarness;
  };
  /** Answers the confirmation naming whom the decision recognises; the decision is sent once it has closed. */
  const confirmDecision = async (expected: string) => {
    await fixture.whenStable();
    expect(await (await dialogsOf(fixture).open()).pop()?.getText()).toContain(expected);
    await dialogsOf(fixture).answer('Xác nhận công nhận');
  };
  const rowCheckbox = () => loader.getHarness(MatCheckboxHarness.with({ ancestor: 'td' }));
  const type = async (label: string, value: string) => (await input(label)).setValue(value);
  const submitButton = () => loader.getHarness(MatButtonHarness.with({ text: 'Lập quyết định' }));

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
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
    http
      .expectOne('/api/applications?status=verified')
      .flush([summary('a-1', 'Nguyễn Thị Lan', true), summary('a-2', 'Phạm Văn Nam', false)]);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  it('lists verified applications for an approver, with a checkbox only for those that pass', async () => {
    expect(el().querySelector('[role="tab"]')?.textContent).toContain('Chờ công nhận');
    expect(el().textContent).toContain('Phạm Văn Nam');
    expect(el().querySelector('a[href="/officer/a-1"]')?.textContent).toContain('Nguyễn Thị Lan');
    expect(await loader.getAllHarnesses(MatCheckboxHarness.with({ ancestor: 'td' }))).toHaveLength(1);
  });

  it('recognises the chosen applications in one decision of their commune', async () => {
    await (await rowCheckbox()).check();
    await type('Số quyết định', '12/QĐ-UBND');
    await type('Ngày ký', '2026-05-10');
    await type('Người ký', 'Lê Văn Hải');
    await (await submitButton()).click();
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
    await (await submitButton()).click();
    expect(el().querySelector('[role="alert"]')?.textContent).toContain('Hãy chọn ít nhất một hồ sơ đạt.');
  });

  it('names the applications whose evidence is broken, and sends the approver’s reason to recognise them anyway', async () => {
    await (await rowCheckbox()).check();
    await type('Số quyết định', '13/QĐ-UBND');
    await type('Ngày ký', '2026-05-10');
    await type('Người ký', 'Lê Văn Hải');
    const submit = async () => (await submitButton()).click();
    await submit();
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

    await submit();
    http.expectNone({ method: 'POST', url: '/api/decisions' });
    await (
      await loader.getHarness(MatInputHarness.with({ ancestor: '.broken-evidence' }))
    ).setValue('Đã xem hồ sơ giấy tại phường.');
    await submit();
    await confirmDecision('Nguyễn Thị Lan');
    http.expectOne('/api/applications/a-1').flush({ id: 'a-1', communeId: 'c-ba-dinh' });
    const create = http.expectOne({ method: 'POST', url: '/api/decisions' });
    expect(create.request.body).toMatchObject({
      applicationIds: ['a-1'],
      evidenceOverride: 'Đã xem hồ sơ giấy tại phường.',
    });
  });

  it('searches names without diacritics, filters by result, and selects every passing row shown', async () => {
    await type('Tìm theo họ tên', 'pham nam');
    expect(el().textContent).toContain('Đang hiển thị 1/2 hồ sơ');
    expect(el().textContent).not.toContain('Nguyễn Thị Lan');
    expect(el().textContent).toContain('Phạm Văn Nam');

    await type('Tìm theo họ tên', '');
    expect(el().textContent).toContain('Đang hiển thị 2/2 hồ sơ');
    await (await loader.getHarness(MatCheckboxHarness.with({ selector: '.select-all' }))).check();
    expect(el().textContent).toContain('Đã chọn 1 hồ sơ');
    expect(await (await rowCheckbox()).isChecked()).toBe(true);
  });
});
