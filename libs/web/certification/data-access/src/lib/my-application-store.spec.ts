import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Application } from '@lc/shared-contracts';
import { provideTranslateService } from '@ngx-translate/core';
import { MyApplicationStore } from './my-application-store';

const application = (over: Partial<Application> = {}): Application => ({
  id: 'app-1',
  year: 2026,
  status: 'draft',
  applicantName: 'Nguyễn Thị Lan',
  applicantBirthYear: 1980,
  communeId: 'c-1',
  communeName: 'Phường Ba Đình',
  criteriaSet: {
    id: 'cs',
    code: 'CDHT',
    version: 1,
    validFrom: '2025-01-01',
    groups: [],
    items: [],
    passTotal: 80,
    minItemScore: 5,
  },
  scores: {},
  total: 0,
  passes: false,
  itemReasons: {},
  evidence: [],
  evidenceIntact: true,
  evidenceProblem: null,
  transitions: [],
  certificateCode: null,
  decision: null,
  ...over,
});

describe('MyApplicationStore', () => {
  let store: MyApplicationStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService({ lang: 'vi', fallbackLang: 'vi' }),
        MyApplicationStore,
      ],
    });
    store = TestBed.inject(MyApplicationStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('treats a 404 as "no application yet" rather than an error', () => {
    store.load(2026);
    http
      .expectOne('/api/my/applications/2026')
      .flush({ code: 'APPLICATION_NOT_FOUND', message: 'Chưa có hồ sơ' }, { status: 404, statusText: 'Not Found' });
    expect(store.missing()).toBe(true);
    expect(store.error()).toBeNull();
  });

  it('shows the server message of other failures', () => {
    store.load(2026);
    http
      .expectOne('/api/my/applications/2026')
      .flush({ code: 'FORBIDDEN', message: 'Bạn không có quyền' }, { status: 403, statusText: 'Forbidden' });
    expect(store.error()).toBe('Bạn không có quyền');
    expect(store.missing()).toBe(false);
  });

  it('saves the scores on screen before submitting', () => {
    store.load(2026);
    http.expectOne('/api/my/applications/2026').flush(application());

    store.submit({ a: 8 });
    const save = http.expectOne({ method: 'PUT', url: '/api/applications/app-1/scores' });
    expect(save.request.body).toEqual({ scores: { a: 8 } });
    save.flush(application({ scores: { a: 8 } }));
    http
      .expectOne({ method: 'POST', url: '/api/applications/app-1/submission' })
      .flush(application({ status: 'submitted' }));

    expect(store.application()?.status).toBe('submitted');
    expect(store.editable()).toBe(false);
    expect(store.notice()).toBe('submitted');
  });
});
