import { HttpErrorResponse } from '@angular/common/http';
import { RESPONSE_INIT } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { PageStatus } from './page-status';

describe(PageStatus.name, () => {
  const notFound = new HttpErrorResponse({ status: 404, error: { code: 'COURSE_NOT_FOUND' } });

  it('makes a server-rendered page a 404 when the API says its subject does not exist, and only then', () => {
    const response: ResponseInit = { status: 200 };
    TestBed.configureTestingModule({ providers: [{ provide: RESPONSE_INIT, useValue: response }] });
    const status = TestBed.inject(PageStatus);
    status.loadFailed(new HttpErrorResponse({ status: 503 }));
    status.loadFailed(new Error('offline'));
    expect(response.status).toBe(200);
    status.loadFailed(notFound);
    expect(response.status).toBe(404);
  });

  it('does nothing in the browser, where there is no response to set', () => {
    expect(() => TestBed.inject(PageStatus).loadFailed(notFound)).not.toThrow();
  });
});
