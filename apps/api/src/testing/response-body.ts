import request from 'supertest';

type Parser<T> = (res: request.Response, done: (err: Error | null, body: T) => void) => void;

/** The whole response body as bytes, whatever its media type (PDF, XLSX). */
export const binaryBody: Parser<Buffer> = (res, done) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

/** The whole response body as text, whatever its media type (application/vc+jwt is unknown to supertest). */
export const textBody: Parser<string> = (res, done) => binaryBody(res, (err, body) => done(err, body.toString('utf8')));
