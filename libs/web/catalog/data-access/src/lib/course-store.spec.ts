import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { CourseDetail } from '@lc/shared-contracts';
import { CourseStore } from './course-store';

const course = { id: 'c1', title: { vi: 'Kỹ năng số' } } as unknown as CourseDetail;

describe(CourseStore.name, () => {
  let sut: CourseStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting(), CourseStore],
    });
    sut = TestBed.inject(CourseStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('opens a course for a visitor without asking for their progress', async () => {
    const loading = sut.load('c1');
    http.expectOne('/api/courses/c1').flush(course);
    await loading;
    expect(sut.course()).toEqual(course);
    expect(sut.error()).toBeNull();
    expect(sut.done().size).toBe(0);
  });

  it('says why a course cannot be opened, and forgets the one shown before', async () => {
    const first = sut.load('c1');
    http.expectOne('/api/courses/c1').flush(course);
    await first;
    const missing = sut.load('c9');
    expect(sut.course()).toBeNull();
    http.expectOne('/api/courses/c9').flush(null, { status: 503, statusText: 'Unavailable' });
    await missing;
    expect(sut.error()).toEqual({ key: 'shared.errors.server' });
  });

  it('records nothing for a visitor, who has no outbox', async () => {
    expect(await sut.record('m1', { result: { completion: true } })).toBeNull();
    expect(sut.done().size).toBe(0);
  });
});
