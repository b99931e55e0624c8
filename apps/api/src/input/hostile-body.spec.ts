import type { Request, Response } from 'express';
import { HostileBodyPipe, refuseHostileBody } from './hostile-body';

const prototypeKey = JSON.parse('{"scores":{"constructor":8}}');

describe(HostileBodyPipe.name, () => {
  const sut = new HostileBodyPipe();

  it('passes a plain body on unchanged', () => {
    const body = { title: 'Bài 1' };
    expect(sut.transform(body, { type: 'body' })).toBe(body);
  });

  it('refuses a hostile body as VALIDATION_FAILED, and leaves params and queries to the middleware', () => {
    expect(() => sut.transform(prototypeKey, { type: 'body' })).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED', status: 400 }),
    );
    expect(sut.transform('a\u0000', { type: 'param' })).toBe('a\u0000');
  });
});

describe(refuseHostileBody.name, () => {
  const run = (body: unknown) => {
    const next = jest.fn();
    refuseHostileBody({ body } as Request, {} as Response, next);
    return next.mock.calls[0][0];
  };

  it('lets a plain or missing body through and refuses a hostile one', () => {
    expect(run({ login: 'a' })).toBeUndefined();
    expect(run(undefined)).toBeUndefined();
    expect(run({ login: 'a\u0000' })).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { fields: [expect.any(String)] },
    });
  });
});
