import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Attempt } from '@lc/shared-contracts';
import { AttemptStore } from './attempt-store';

const attempt: Attempt = {
  id: 'a1',
  testId: 't1',
  title: { vi: 'Kiểm tra kỹ năng số cơ bản' },
  status: 'open',
  startedAt: '2026-01-01T08:00:00Z',
  deadlineAt: '2026-01-01T08:30:00Z',
  items: [
    { id: 'i1', type: 'single_choice', competence: '1.1', level: 1, stem: { vi: 'Câu 1' }, options: [] },
    { id: 'i2', type: 'multiple_choice', competence: '4.2', level: 2, stem: { vi: 'Câu 2' }, options: [] },
  ],
  answers: { i1: { optionIds: ['o1'] } },
  result: null,
};

const flushMicrotasks = () => new Promise((resolve) => setTimeout(resolve));

describe(AttemptStore.name, () => {
  let sut: AttemptStore;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting(), AttemptStore],
    });
    sut = TestBed.inject(AttemptStore);
    http = TestBed.inject(HttpTestingController);
    const started = sut.start('t1');
    http.expectOne({ method: 'POST', url: '/api/tests/t1/attempts' }).flush(attempt);
    await started;
  });

  afterEach(() => http.verify());

  it('resumes with the answers the server already has', () => {
    expect(sut.answers()).toEqual({ i1: { optionIds: ['o1'] } });
    expect(sut.answeredCount()).toBe(1);
    expect(sut.saveStates()['i1']).toBe('saved');
  });

  it('sends answers to one item in order, so the last choice wins', async () => {
    const first = sut.answer('i2', { optionIds: ['o3'] });
    const second = sut.answer('i2', { optionIds: ['o3', 'o4'] });
    expect(sut.saveStates()['i2']).toBe('saving');

    await flushMicrotasks();
    const put1 = http.expectOne('/api/attempts/a1/answers/i2');
    expect(put1.request.method).toBe('PUT');
    expect(put1.request.body).toEqual({ optionIds: ['o3'] });
    put1.flush(null, { status: 204, statusText: 'No Content' });
    await first;
    expect(sut.saveStates()['i2']).toBe('saving');

    await flushMicrotasks();
    http.expectOne('/api/attempts/a1/answers/i2').flush(null, { status: 204, statusText: 'No Content' });
    await second;
    expect(sut.saveStates()['i2']).toBe('saved');
    expect(sut.answers()['i2']).toEqual({ optionIds: ['o3', 'o4'] });
  });

  it('marks a failed save and can retry it', async () => {
    const failed = sut.answer('i2', { optionIds: ['o3'] }).catch(() => 'failed');
    await flushMicrotasks();
    http.expectOne('/api/attempts/a1/answers/i2').error(new ProgressEvent('offline'));
    expect(await failed).toBe('failed');
    expect(sut.saveStates()['i2']).toBe('failed');
    // An answer the server has not saved is never counted as answered.
    expect(sut.answeredCount()).toBe(1);

    const retried = sut.retry('i2');
    await flushMicrotasks();
    const put = http.expectOne('/api/attempts/a1/answers/i2');
    expect(put.request.body).toEqual({ optionIds: ['o3'] });
    put.flush(null, { status: 204, statusText: 'No Content' });
    await retried;
    expect(sut.saveStates()['i2']).toBe('saved');
    expect(sut.answeredCount()).toBe(2);
  });

  it('waits for pending answers before submitting', async () => {
    void sut.answer('i2', { optionIds: ['o3'] });
    const submitted = sut.submit();
    await flushMicrotasks();
    http.expectNone('/api/attempts/a1/submission');
    http.expectOne('/api/attempts/a1/answers/i2').flush(null, { status: 204, statusText: 'No Content' });
    await flushMicrotasks();
    http.expectOne({ method: 'POST', url: '/api/attempts/a1/submission' }).flush({ ...attempt, status: 'submitted' });
    expect((await submitted).status).toBe('submitted');
  });
});
