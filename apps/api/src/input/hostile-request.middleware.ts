import type { NextFunction, Request, Response } from 'express';
import { pathHazard, queryHazard } from '@lc/api-shared';
import { validationFailed } from './validation-failed';

/**
 * Refuses control characters in the path (route parameters such as `%00` included, which PostgreSQL would refuse
 * with a 500) and any query value that is not one plain string, before the body is even read.
 */
export function refuseHostileRequest(req: Request, _res: Response, next: NextFunction): void {
  const problem = pathHazard(req.path) ?? queryHazard(req.query as Record<string, unknown>);
  next(problem ? validationFailed(problem) : undefined);
}
