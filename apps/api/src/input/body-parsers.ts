import { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { bodyParserError } from '@lc/api-shared';
import { refuseHostileBody } from './hostile-body';

/** JSON and form bodies; uploads are multipart, read by multer with their own limit (catalog). */
export const BODY_LIMIT = '100kb';

/**
 * Registered before Nest's init, which then finds its jsonParser and urlencodedParser in place and adds neither.
 * Forms are read flat (`extended: false`): no endpoint takes nested form fields.
 */
export function useBodyParsers(app: INestApplication): void {
  // The API runs on Express (platform-express); INestApplication just does not declare useBodyParser.
  const express = app as NestExpressApplication;
  express.useBodyParser('json', { limit: BODY_LIMIT });
  express.useBodyParser('urlencoded', { limit: BODY_LIMIT, extended: false, parameterLimit: 100 });
  // Straight after the parsers: Nest would turn malformed JSON into a bare 400 that no longer says why.
  app.use((err: unknown, _req: Request, _res: Response, next: NextFunction) => next(bodyParserError(err) ?? err));
  app.use(refuseHostileBody);
}
