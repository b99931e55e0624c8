import { json, urlencoded } from 'express';
import { Readable } from 'node:stream';
import type { Request, Response } from 'express';
import { bodyParserError } from './body-parser-error';
import { DomainError } from './domain-error';

/** What the real parser hands on for this body and these headers. */
function parserError(
  parser: ReturnType<typeof json>,
  body: string | Buffer,
  headers: Record<string, string>,
): Promise<unknown> {
  const req = Object.assign(Readable.from([Buffer.from(body)]), {
    headers: { 'content-length': String(Buffer.byteLength(body)), ...headers },
    method: 'POST',
    url: '/',
  });
  return new Promise((done) => parser(req as unknown as Request, {} as Response, done));
}

const JSON_TYPE = { 'content-type': 'application/json' };

describe(bodyParserError.name, () => {
  it('answers a body over the limit with 413 and the limit', async () => {
    const err = await parserError(json({ limit: '1kb' }), `{"x":"${'a'.repeat(2000)}"}`, JSON_TYPE);
    expect(bodyParserError(err)).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', status: 413 });
    expect(bodyParserError(err)?.message).toMatch(/tối đa 1 KB/);
  });

  it('answers malformed JSON with 400 BAD_JSON', async () => {
    const err = await parserError(json(), '{"a":', JSON_TYPE);
    expect(bodyParserError(err)).toMatchObject({ code: 'BAD_JSON', status: 400 });
  });

  it('answers a charset or compression it cannot read with 415', async () => {
    const charset = await parserError(json(), '{}', { 'content-type': 'application/json; charset=latin1' });
    expect(bodyParserError(charset)).toMatchObject({ code: 'UNSUPPORTED_CHARSET', status: 415 });
    const encoding = await parserError(json(), '{}', { ...JSON_TYPE, 'content-encoding': 'compress' });
    expect(bodyParserError(encoding)).toMatchObject({ code: 'UNSUPPORTED_ENCODING', status: 415 });
  });

  it('answers a form with too many fields with 413', async () => {
    const err = await parserError(urlencoded({ extended: false, parameterLimit: 2 }), 'a=1&b=2&c=3', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(bodyParserError(err)).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', status: 413 });
  });

  it('answers a body shorter than its Content-Length with 400', () => {
    const err = Object.assign(new Error('request size did not match content length'), {
      type: 'request.size.invalid',
      status: 400,
    });
    expect(bodyParserError(err)).toMatchObject({ code: 'BAD_CONTENT_LENGTH', status: 400 });
  });

  it('leaves server-side and unrelated errors alone', () => {
    const stream = Object.assign(new Error('stream is not readable'), { type: 'stream.not.readable', status: 500 });
    expect(bodyParserError(stream)).toBeNull();
    expect(bodyParserError(new DomainError('X', 'x'))).toBeNull();
    expect(bodyParserError(new Error('boom'))).toBeNull();
    expect(bodyParserError({ type: 'entity.too.large', status: 413 })).toBeNull();
  });
});
