import { writeFileSync } from 'node:fs';
import { CONTRACT_SCHEMAS } from '@lc/api-shared';
import { CONTRACT_SCHEMAS_FILE, contractSchemas, contractSchemasModule } from './contract-schema-generator';

describe('the contract schemas (libs/api/shared/src/lib/openapi/contract-schemas.ts)', () => {
  it('are generated from the current contract types', () => {
    const fresh = contractSchemas();
    // `npm run openapi:write` regenerates them (then prettier formats the file).
    // eslint-disable-next-line no-restricted-properties -- `npm run openapi:write`'s switch, not a setting
    if (process.env['OPENAPI_WRITE'] === '1') writeFileSync(CONTRACT_SCHEMAS_FILE, contractSchemasModule(fresh));
    else expect({ ...CONTRACT_SCHEMAS }).toEqual(fresh);
  }, 60_000);

  it('turn optional, nullable, literal-union and referenced members into their schema', () => {
    const schemas = contractSchemas() as Record<string, { properties?: Record<string, unknown>; required?: string[] }>;
    expect(schemas['ApiError']).toMatchObject({
      type: 'object',
      properties: { code: { type: 'string' }, message: { type: 'string' }, details: { type: 'object' } },
      required: ['code', 'message'],
    });
    expect(schemas['CourseDetail'].properties).toMatchObject({
      status: { $ref: '#/components/schemas/CourseStatus' },
      reviewNote: { type: 'string', nullable: true },
      modules: { type: 'array', items: { $ref: '#/components/schemas/CourseModule' } },
    });
    expect(schemas['Role']).toEqual({ type: 'string', enum: expect.arrayContaining(['citizen', 'admin']) });
    expect(schemas['Page']).toBeUndefined();
  }, 60_000);
});
