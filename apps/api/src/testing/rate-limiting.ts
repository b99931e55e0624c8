import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { makeCitizenId } from '@lc/api-identity';
import type { Settings } from '@lc/api-shared';

/** Small limits, so that each is reached in a few requests. Clients are told apart by X-Forwarded-For. */
export const SMALL_LIMITS: Partial<Settings> = {
  TRUST_PROXY: 'loopback',
  RATE_LIMIT_SIGN_IN: '6/60',
  // An hour: the lock message then reads the same ("60 phút") however long the test takes.
  RATE_LIMIT_SIGN_IN_ACCOUNT: '6/3600',
  RATE_LIMIT_REGISTER: '2/3600',
  RATE_LIMIT_REFRESH: '3/60',
  RATE_LIMIT_XAPI: '4/60',
  RATE_LIMIT_H5P_UPLOAD: '2/3600',
  RATE_LIMIT_CERTIFICATE: '3/60',
  SIGN_IN_FREE_FAILURES: 3,
  SIGN_IN_LOCK_AFTER: 3,
  SIGN_IN_LOCK_SECONDS: 900,
};

/**
 * Client addresses and unregistered ID numbers that no other test uses. The counters live in the shared
 * database, so each spec file takes its own address block (198.18 or 198.19, the benchmarking range) and its own
 * province in the ID (createUser's are 001).
 */
export function strangers(block: 18 | 19, province: number) {
  let next = Math.floor(Math.random() * 60_000);
  return {
    client: () => `198.${block}.${(next >> 8) & 255}.${next++ & 255}`,
    unknownId: () => makeCitizenId(1980, 'female', next++ % 1_000_000, province),
  };
}

export const signIn = (app: INestApplication, ip: string, login: string, password: string) =>
  request(app.getHttpServer()).post('/api/auth/login').set('X-Forwarded-For', ip).send({ login, password });

/** A 429 in the one error shape, whose Retry-After says the wait the body gives. */
export function expectRefused(res: request.Response, code = 'RATE_LIMITED'): void {
  expect(res.status).toBe(429);
  expect(res.body).toEqual({
    code,
    message: expect.stringMatching(/thử lại sau \d+ (giây|phút)/),
    details: { retryAfterSeconds: expect.any(Number) },
  });
  expect(res.headers['retry-after']).toBe(String(res.body.details.retryAfterSeconds));
  expect(res.body.details.retryAfterSeconds).toBeGreaterThan(0);
}
