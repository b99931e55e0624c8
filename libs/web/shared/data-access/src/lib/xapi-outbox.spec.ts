import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AuthTokens, Me } from '@lc/shared-contracts';
import { authInterceptor } from './auth-interceptor';
import { SESSION_HINT_KEY, SessionStore } from './session-store';
import { XAPI_OUTBOX_KEY, XapiOutbox } from './xapi-outbox';

const citizen: Me = {
  id: 'citizen-1',
  fullName: 'Nguyễn Thị Lan',
  citizenId: '001185000001',
  birthYear: 1985,
  gender: 'female',
  communeId: 'c1',
  communeName: 'Phường Ba Đình',
  groupId: 'g1',
  populationGroup: 'workers',
  roles: [{ id: 'r1', role: 'citizen', areaId: 'c1', areaName: 'Phường Ba Đình' }],
};
const trainer: Me = { ...citizen, id: 'trainer-1', roles: [{ ...citizen.roles[0], role: 'trainer' }] };
const completed = { verb: { id: 'http://adlnet.gov/expapi/verbs/completed' }, result: { completion: true } };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const stored = () => JSON.parse(localStorage.getItem(XAPI_OUTBOX_KEY) ?? '{"items":[]}');
const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
};

describe(XapiOutbox.name, () => {
  let http: HttpTestingController;
  let online = true;

  function setup() {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideRouter([]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    return { sut: TestBed.inject(XapiOutbox), session: TestBed.inject(SessionStore) };
  }

  async function signIn(session: SessionStore, user: Me): Promise<void> {
    const done = session.login({ login: 'x', password: 'y' });
    http.expectOne('/api/auth/login').flush({ accessToken: 'a', expiresIn: 900, user } satisfies AuthTokens);
    await done;
    await settle();
  }

  const goOnline = async () => {
    online = true;
    window.dispatchEvent(new Event('online'));
    await settle();
  };

  beforeAll(() => Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online }));
  beforeEach(() => {
    online = true;
    localStorage.clear();
  });
  afterEach(() => http.verify());

  it('sends a citizen’s statement at once, with an id that makes a resend harmless', async () => {
    const { sut, session } = setup();
    await signIn(session, citizen);

    const outcome = sut.record('m1', completed);
    const req = http.expectOne('/api/materials/m1/xapi');
    expect(req.request.body.statement).toEqual({ ...completed, id: expect.stringMatching(UUID) });
    req.flush({});

    expect(await outcome).toBe('sent');
    expect(sut.waiting()).toBe(0);
  });

  it('skips staff and visitors, who have no learning record', async () => {
    const { sut, session } = setup();
    expect(await sut.record('m1', completed)).toBe('skipped');
    await signIn(session, trainer);
    expect(await sut.record('m1', completed)).toBe('skipped');
  });

  it('keeps a statement whose request fails on the way, and sends it in a batch once back online', async () => {
    const { sut, session } = setup();
    await signIn(session, citizen);

    const outcome = sut.record('m1', completed);
    http.expectOne('/api/materials/m1/xapi').error(new ProgressEvent('error'));
    expect(await outcome).toBe('queued');
    const [queued] = stored().items;
    expect(sut.waiting()).toBe(1);

    await goOnline();
    const batch = http.expectOne('/api/materials/m1/xapi');
    expect(batch.request.body).toEqual({ statements: [queued.statement] });
    batch.flush({ recordIds: ['r1'], ignored: 0 });
    await settle();

    expect(stored().items).toEqual([]);
    expect(sut.waiting()).toBe(0);
  });

  it('keeps a statement when the service worker answers 504 for the network it cannot reach', async () => {
    const { sut, session } = setup();
    await signIn(session, citizen);

    const outcome = sut.record('m1', completed);
    http.expectOne('/api/materials/m1/xapi').flush(null, { status: 504, statusText: 'Gateway Timeout' });

    expect(await outcome).toBe('queued');
    expect(stored().items).toHaveLength(1);
  });

  it('shows other refusals to the page, as before', async () => {
    const { sut, session } = setup();
    await signIn(session, citizen);

    const outcome = sut.record('m1', completed);
    http.expectOne('/api/materials/m1/xapi').flush({ code: 'X' }, { status: 400, statusText: 'Bad Request' });

    await expect(outcome).rejects.toMatchObject({ status: 400 });
    expect(stored().items).toEqual([]);
  });

  it('tries again a little later when the first flush after coming online finds no way through', async () => {
    const { sut, session } = setup();
    await signIn(session, citizen);
    online = false;
    expect(await sut.record('m1', completed)).toBe('queued');

    jest.useFakeTimers({ doNotFake: ['queueMicrotask'] });
    try {
      online = true;
      window.dispatchEvent(new Event('online'));
      await jest.advanceTimersByTimeAsync(0);
      http.expectOne('/api/materials/m1/xapi').flush(null, { status: 504, statusText: 'Gateway Timeout' });
      await jest.advanceTimersByTimeAsync(4_000);
      http.expectNone('/api/materials/m1/xapi');

      await jest.advanceTimersByTimeAsync(1_000);
      http.expectOne('/api/materials/m1/xapi').flush({ recordIds: ['r1'], ignored: 0 });
      await jest.advanceTimersByTimeAsync(0);
    } finally {
      jest.useRealTimers();
    }
    expect(stored().items).toEqual([]);
  });

  it('after an offline reload, keeps statements for the citizen last signed in and sends them once signed in again', async () => {
    localStorage.setItem(SESSION_HINT_KEY, '1');
    localStorage.setItem(XAPI_OUTBOX_KEY, JSON.stringify({ citizen: citizen.id, items: [] }));
    online = false;
    const { sut } = setup();

    expect(await sut.record('m1', completed)).toBe('queued');
    expect(await sut.record('m2', { ...completed, id: '11111111-2222-4333-8444-555555555555' })).toBe('queued');
    expect(stored().items.map((i: { owner: string }) => i.owner)).toEqual([citizen.id, citizen.id]);

    await goOnline();
    http.expectOne('/api/auth/refresh').flush({ accessToken: 'a', expiresIn: 900, user: citizen } satisfies AuthTokens);
    await settle();
    http.expectOne('/api/materials/m1/xapi').flush({ recordIds: ['r1'], ignored: 0 });
    await settle();
    const second = http.expectOne('/api/materials/m2/xapi');
    expect(second.request.body.statements[0].id).toBe('11111111-2222-4333-8444-555555555555');
    second.flush({ recordIds: ['r2'], ignored: 0 });
    await settle();

    expect(stored().items).toEqual([]);
  });

  it('keeps another citizen’s statements, retries after a server fault and drops what the API refuses', async () => {
    const other = { owner: 'someone-else', materialId: 'm9', statement: { ...completed, id: crypto.randomUUID() } };
    const mine = (materialId: string) => ({ owner: citizen.id, materialId, statement: { id: crypto.randomUUID() } });
    localStorage.setItem(XAPI_OUTBOX_KEY, JSON.stringify({ citizen: null, items: [other, mine('gone'), mine('m1')] }));
    const { sut, session } = setup();
    await signIn(session, citizen);

    http.expectOne('/api/materials/gone/xapi').flush({}, { status: 404, statusText: 'Not Found' });
    await settle();
    http.expectOne('/api/materials/m1/xapi').flush({}, { status: 503, statusText: 'Unavailable' });
    await settle();
    expect(stored().items.map((i: { materialId: string }) => i.materialId)).toEqual(['m9', 'm1']);

    const retry = sut.flush();
    http.expectOne('/api/materials/m1/xapi').flush({ recordIds: ['r1'], ignored: 0 });
    expect(await retry).toBe(1);
    expect(stored().items).toEqual([other]);
  });
});
