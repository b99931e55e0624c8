import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { Options } from 'pino-http';
import { safeUrl } from './safe-url';

const QUIET = new Set(['/api/health', '/api/metrics']);
const INCOMING_ID = /^[\w.-]{1,64}$/;

/**
 * Structured JSON request logs. Every line of a request carries its id (taken from X-Request-Id when sane, and
 * echoed back). Nothing personal is written: no headers, no bodies, no query values, no ID numbers in paths.
 * A 4xx is the client's business and logs at info without a stack; a 5xx logs at error.
 */
export function pinoHttpOptions(level: string): Options {
  return {
    level,
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && INCOMING_ID.test(given) ? given : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    // A 503 is the database's state, already logged once by the exception filter as a warning.
    customLogLevel: (_req, res, err) =>
      res.statusCode === 503 ? 'warn' : err || res.statusCode >= 500 ? 'error' : 'info',
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        url: safeUrl(req.url),
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      // pino-http makes an error for every 5xx; its stack points into pino-http. The filter logs real stacks.
      err: (err: Error) => ({ type: err.name, message: err.message }),
    },
    redact: { paths: ['req.headers', 'req.body', 'req.query', 'req.params'], remove: true },
    autoLogging: { ignore: (req) => QUIET.has((req.url ?? '').split('?')[0]) },
  };
}
