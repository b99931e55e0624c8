import { INestApplication } from '@nestjs/common';
import request, { Response } from 'supertest';
import { PASSWORD } from './test-app';

/** What our own page adds to refresh and sign-out in a browser (docs/adr/0010). */
export const SAME_ORIGIN = { 'X-LC-CSRF': '1', 'Sec-Fetch-Site': 'same-origin' };

/** The Set-Cookie line of the refresh cookie in an answer, if there is one. */
export function refreshSetCookie(res: Response): string | undefined {
  const lines = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  return lines.find((line) => line.startsWith('lc_refresh='));
}

/** The `lc_refresh=<token>` pair that a browser sends back after this answer. */
export function refreshCookieOf(res: Response): string {
  const line = refreshSetCookie(res);
  if (!line) throw new Error(`no refresh cookie in the answer (${res.status})`);
  return line.split(';')[0];
}

/** Signs in through the API: the access token from the body, the refresh cookie from Set-Cookie. */
export async function signInWithCookie(
  app: INestApplication,
  login: string,
): Promise<{ accessToken: string; cookie: string }> {
  const res = await request(app.getHttpServer())
    .post('/api/auth/login')
    .send({ login, password: PASSWORD })
    .expect(200);
  return { accessToken: res.body.accessToken, cookie: refreshCookieOf(res) };
}

/** A refresh as our page sends it; `cookie` as from refreshCookieOf. */
export const refreshWith = (app: INestApplication, cookie: string) =>
  request(app.getHttpServer()).post('/api/auth/refresh').set(SAME_ORIGIN).set('Cookie', cookie);

export const logoutWith = (app: INestApplication, cookie: string) =>
  request(app.getHttpServer()).post('/api/auth/logout').set(SAME_ORIGIN).set('Cookie', cookie);
