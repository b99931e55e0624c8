import { parse } from 'node:querystring';
import type { Request, Response } from 'express';
import { refuseHostileRequest } from './hostile-request.middleware';

const run = (path: string, query = '') => {
  const next = jest.fn();
  refuseHostileRequest({ path, query: parse(query) } as unknown as Request, {} as Response, next);
  return next.mock.calls[0][0];
};

describe(refuseHostileRequest.name, () => {
  it('lets ordinary requests through', () => {
    expect(run('/api/kpis', 'areaId=00004&year=2026')).toBeUndefined();
  });

  it('refuses control characters in the path and lists in the query with 400 VALIDATION_FAILED', () => {
    expect(run('/api/areas/%00/groups')).toMatchObject({ code: 'VALIDATION_FAILED', status: 400 });
    expect(run('/api/kpis', 'areaId[]=x')).toMatchObject({ code: 'VALIDATION_FAILED', status: 400 });
  });
});
