import { INestApplication } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createApiDocument } from './openapi/api-document';
import { describeDiff, diffContracts } from './openapi/openapi-diff';
import { createTestApp } from './testing/test-app';

/** The unit test builds the document in Nest's preview mode; this proves the running API serves the same one. */
describe('the OpenAPI document of the running API (PostgreSQL)', () => {
  let app: INestApplication;
  beforeAll(async () => {
    app = await createTestApp();
  }, 60_000);
  afterAll(() => app.close());

  it('is docs/openapi.json', () => {
    const committed = JSON.parse(readFileSync(resolve(__dirname, '../../../docs/openapi.json'), 'utf8'));
    const diff = diffContracts(committed, JSON.parse(JSON.stringify(createApiDocument(app))));
    expect(diff.breaking.length + diff.nonBreaking.length === 0 || describeDiff(diff)).toBe(true);
  });
});
