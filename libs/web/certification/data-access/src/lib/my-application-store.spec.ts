import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Application } from '@lc/shared-contracts';
import { messageCode } from '@lc/web-shared-data-access';
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

  it('keeps other failures with their code, to be shown in the language of the moment', () => {
    store.load(2026);
    http
      .expectOne('/api/my/applications/2026')
      .flush({ code: 'FORBIDDEN', message: 'Bạn không có quyền' }, { status: 403, statusText: 'Forbidden' });
    expect(messageCode(store.error())).toBe('FORBIDDEN');
    expect(store.error()).toEqual({ api: { code: 'FORBIDDEN', message: 'Bạn không có quyền' } });
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

  it('autosaves quietly: the server holds the scores after, and a failure says the scores are not saved', () => {
    store.load(2026);
    http.expectOne('/api/my/applications/2026').flush(application({ scores: { a: 3 } }));
    expect(store.holds({ a: 3 })).toBe(true);
    expect(store.holds({ a: 4 })).toBe(false);

    store.autosave({ a: 4, b: 2 });
    expect(store.autosaveState()).toBe('saving');
    expect(store.busy()).toBe(false);
    http.expectOne({ method: 'PUT', url: '/api/applications/app-1/scores' }).flush(application({ scores: {} }));
    expect(store.autosaveState()).toBe('saved');
    expect(store.holds({ b: 2, a: 4 })).toBe(true);
    // The answer does not replace the application on screen, so scores chosen meanwhile stay.
    expect(store.application()?.scores).toEqual({ a: 3 });

    store.autosave({ a: 5, b: 2 });
    http
      .expectOne({ method: 'PUT', url: '/api/applications/app-1/scores' })
      .flush(null, { status: 0, statusText: 'Unknown Error' });
    expect(store.autosaveState()).toBe('failed');
    expect(store.holds({ a: 5, b: 2 })).toBe(false);
  });

  it('sends one Idempotency-Key per submission, the same again on a retry after a failure', () => {
    store.load(2026);
    http.expectOne('/api/my/applications/2026').flush(application({ scores: { a: 8 } }));
    const submitOnce = () => {
      store.submit({ a: 8 });
      http.expectOne({ method: 'PUT', url: '/api/applications/app-1/scores' }).flush(application({ scores: { a: 8 } }));
      return http.expectOne({ method: 'POST', url: '/api/applications/app-1/submission' });
    };
    const first = submitOnce();
    const key = first.request.headers.get('Idempotency-Key');
    expect(key).toMatch(/^[A-Za-z0-9_-]{8,128}$/);
    first.flush(null, { status: 0, statusText: 'Unknown Error' });
    const retry = submitOnce();
    expect(retry.request.headers.get('Idempotency-Key')).toBe(key);
    retry.flush(application({ status: 'submitted' }));
    expect(store.notice()).toBe('submitted');
  });
});
