import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { H5pResumeStore } from './h5p-resume-store';

const grant = { state: '{"progress":2}', url: '/api/h5p-user-data/g1', saveFreqSeconds: 30 };

describe(H5pResumeStore.name, () => {
  let sut: H5pResumeStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting(), H5pResumeStore],
    });
    sut = TestBed.inject(H5pResumeStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('takes the learner’s saved state back, and asks nothing without a material', async () => {
    const loading = sut.load('m1');
    http.expectOne('/api/materials/m1/user-data').flush(grant);
    expect(await loading).toEqual(grant);
    expect(sut.grant()).toEqual(grant);

    expect(await sut.load(null)).toBeNull();
  });

  it('plays from the beginning when the state cannot be had', async () => {
    const loading = sut.load('m1');
    http.expectOne('/api/materials/m1/user-data').flush(null, { status: 503, statusText: 'Unavailable' });
    expect(await loading).toBeNull();
    expect(sut.grant()).toBeNull();
  });
});
