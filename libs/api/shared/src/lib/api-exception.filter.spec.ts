import { ArgumentsHost, BadRequestException, Logger } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { ApiExceptionFilter } from './api-exception.filter';
import { DomainError } from './domain-error';
import { rateLimited } from './rate';

function answer(exception: unknown): { status: number; body: unknown; headers: Record<string, string> } {
  const sent = { status: 0, body: undefined as unknown, headers: {} as Record<string, string> };
  const res = {
    status: (s: number) => ((sent.status = s), res),
    json: (b: unknown) => (sent.body = b),
    setHeader: (name: string, value: string) => (sent.headers[name] = value),
  };
  const req = { method: 'POST', route: { path: '/api/x' } };
  const host = { switchToHttp: () => ({ getResponse: () => res, getRequest: () => req }) } as unknown as ArgumentsHost;
  new ApiExceptionFilter().catch(exception, host);
  return sent;
}

describe(ApiExceptionFilter.name, () => {
  beforeAll(() => jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined));
  beforeAll(() => jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined));

  it('answers body-parser refusals that reach it unmapped in the one error shape', () => {
    const tooLarge = Object.assign(new Error('request entity too large'), {
      type: 'entity.too.large',
      status: 413,
      limit: 102_400,
    });
    expect(answer(tooLarge)).toMatchObject({
      status: 413,
      body: { code: 'PAYLOAD_TOO_LARGE', message: expect.stringMatching(/tối đa 100 KB/) },
    });
  });

  it('answers other errors the client caused (http-errors with expose) with their 4xx', () => {
    const notFound = Object.assign(new Error('Not Found'), { status: 404, expose: true });
    expect(answer(notFound)).toMatchObject({ status: 404, body: { code: 'NOT_FOUND', message: 'Không tìm thấy.' } });
    const hidden = Object.assign(new Error('internal'), { status: 400, expose: false });
    expect(answer(hidden).status).toBe(500);
  });

  it('answers a value the database refused with 400, not 500', () => {
    const outOfRange = new QueryFailedError('INSERT', [], Object.assign(new Error('out of range'), { code: '22003' }));
    expect(answer(outOfRange)).toMatchObject({
      status: 400,
      body: { code: 'BAD_REQUEST', message: expect.any(String) },
    });
  });

  it('keeps the validation answer and the 500 for the unknown', () => {
    expect(answer(new BadRequestException(['Vui lòng nhập mật khẩu.']))).toMatchObject({
      status: 400,
      body: { code: 'VALIDATION_FAILED', details: { fields: ['Vui lòng nhập mật khẩu.'] } },
    });
    expect(answer(new Error('boom'))).toMatchObject({
      status: 500,
      body: { code: 'INTERNAL', message: expect.any(String) },
    });
    expect(answer(undefined).status).toBe(500);
  });

  it('says when to retry a refusal that carries its wait, in Retry-After', () => {
    expect(answer(rateLimited(30))).toMatchObject({
      status: 429,
      body: { code: 'RATE_LIMITED', details: { retryAfterSeconds: 30 } },
      headers: { 'Retry-After': '30' },
    });
    expect(answer(new DomainError('X', 'y', 409)).headers).toEqual({});
  });
});
