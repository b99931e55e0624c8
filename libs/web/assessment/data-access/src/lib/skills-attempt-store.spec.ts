import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { SkillsAttempt } from '@lc/shared-contracts';
import { SkillsAttemptStore } from './skills-attempt-store';

const question = (position: number) => ({
  position,
  domain: '1',
  type: 'single_choice' as const,
  stem: { vi: `Câu ${position}` },
  options: [
    { id: 'a', text: { vi: 'A' } },
    { id: 'b', text: { vi: 'B' } },
  ],
});
const attempt = (answered: number): SkillsAttempt => ({
  id: 'a1',
  status: 'open',
  startedAt: '2026-12-10T08:00:00Z',
  deadlineAt: '2026-12-10T09:00:00Z',
  extraTime: false,
  maxQuestions: 30,
  answered,
  domains: [],
  question: question(answered + 1),
  result: null,
});

describe(SkillsAttemptStore.name, () => {
  let sut: SkillsAttemptStore;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        SkillsAttemptStore,
      ],
    });
    sut = TestBed.inject(SkillsAttemptStore);
    http = TestBed.inject(HttpTestingController);
    const loaded = sut.load('a1');
    http.expectOne({ method: 'GET', url: '/api/skills-assessment/attempts/a1' }).flush(attempt(2));
    await loaded;
  });

  afterEach(() => http.verify());

  it('loads an attempt without starting one', () => {
    expect(sut.question()?.position).toBe(3);
    expect(sut.attempt()?.answered).toBe(2);
  });

  it('moves on only when the server has saved the answer', async () => {
    const saved = sut.answer({ optionIds: ['b'] });
    expect(sut.saving()).toBe(true);
    expect(sut.attempt()?.answered).toBe(2);
    const put = http.expectOne('/api/skills-assessment/attempts/a1/answers/3');
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({ optionIds: ['b'] });
    put.flush(attempt(3));
    await saved;
    expect(sut.attempt()?.answered).toBe(3);
    expect(sut.question()?.position).toBe(4);
    expect(sut.saving()).toBe(false);
  });

  it('keeps the question and the count when a save fails, so nothing unsaved looks answered', async () => {
    const failed = sut.answer({ optionIds: ['a'] }).catch(() => 'failed');
    http.expectOne('/api/skills-assessment/attempts/a1/answers/3').error(new ProgressEvent('offline'));
    expect(await failed).toBe('failed');
    expect(sut.attempt()?.answered).toBe(2);
    expect(sut.question()?.position).toBe(3);
    expect(sut.saving()).toBe(false);
  });

  it('sends one answer at a time: a second press while saving sends nothing', async () => {
    const first = sut.answer({ optionIds: ['a'] });
    await sut.answer({ optionIds: ['a'] });
    http.expectOne('/api/skills-assessment/attempts/a1/answers/3').flush(attempt(3));
    await first;
  });
});
