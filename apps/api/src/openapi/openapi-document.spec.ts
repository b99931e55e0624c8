import type { OpenAPIObject } from '@nestjs/swagger';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ERROR_CATALOGUE } from '@lc/shared-contracts';
import { contractSchemas } from './contract-schema-generator';
import { describeDiff, diffContracts } from './openapi-diff';
import { overviewEndpoints, documentEndpoints } from './overview-endpoints';
import { previewApiDocument } from './preview-document';

const ROOT = resolve(__dirname, '../../../..');
const COMMITTED = resolve(ROOT, 'docs/openapi.json');
// eslint-disable-next-line no-restricted-properties -- `npm run openapi:write`'s switch, not a setting
const WRITE = process.env['OPENAPI_WRITE'] === '1';

type Responses = Record<
  string,
  { description?: string; content?: Record<string, { schema?: { allOf?: { properties?: object }[] } }> }
>;
const operations = (doc: OpenAPIObject) =>
  Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({
      name: `${method.toUpperCase()} ${path}`,
      responses: (op as { responses: Responses }).responses,
    })),
  );

describe('the OpenAPI document (docs/openapi.json)', () => {
  let served: OpenAPIObject;
  beforeAll(async () => {
    // When writing, the schemas come fresh from the contract types: the committed module may be the stale one.
    served = await previewApiDocument(WRITE ? contractSchemas() : undefined);
    if (WRITE) writeFileSync(COMMITTED, JSON.stringify(served, null, 2) + '\n');
  }, 120_000);

  it('is the committed one: a difference fails with what breaks clients', () => {
    const committed = JSON.parse(readFileSync(COMMITTED, 'utf8'));
    const served_ = JSON.parse(JSON.stringify(served));
    const diff = diffContracts(committed, served_);
    if (diff.breaking.length || diff.nonBreaking.length) throw new Error(describeDiff(diff));
  });

  it('documents a success response for every operation: its body, or that it has none', () => {
    const undocumented = operations(served).filter(
      ({ responses }) =>
        !Object.entries(responses).some(
          ([status, r]) => Number(status) < 300 && (r.content || r.description === 'No content'),
        ),
    );
    expect(undocumented.map((o) => o.name)).toEqual([]);
  });

  it('lists only error codes of the catalogue, each with the ApiError schema', () => {
    const unknown = operations(served).flatMap(({ name, responses }) =>
      Object.entries(responses)
        .filter(([status]) => Number(status) >= 400 && status !== '503')
        .flatMap(([status, r]) => {
          const schema = r.content?.['application/json']?.schema;
          const codes = (schema?.allOf?.[1]?.properties as { code?: { enum?: string[] } })?.code?.enum;
          if (!codes?.length) return [`${name} ${status}: no codes`];
          return codes.filter((c) => !(c in ERROR_CATALOGUE)).map((c) => `${name} ${status}: ${c}`);
        }),
    );
    expect(unknown).toEqual([]);
  });

  it('matches the endpoint tables of docs/api-overview.md, both ways', () => {
    const overview = overviewEndpoints(readFileSync(resolve(ROOT, 'docs/api-overview.md'), 'utf8'));
    const documented = documentEndpoints(served);
    // The metrics scrape is for Prometheus, outside the OpenAPI document on purpose.
    const outside = new Set(['GET /metrics']);
    expect(documented.filter((e) => !overview.includes(e))).toEqual([]);
    expect(overview.filter((e) => !documented.includes(e) && !outside.has(e))).toEqual([]);
  });
});
