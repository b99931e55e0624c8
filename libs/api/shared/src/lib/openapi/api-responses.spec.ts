import 'reflect-metadata';
import type { CourseSummary, LearningRecord, XapiBatchResult } from '@lc/shared-contracts';
import { ApiErrors, ApiNoContent, ApiOk } from './api-responses';

const responses = (handler: unknown) => Reflect.getMetadata('swagger/apiResponse', handler as object);

// The type check is the point: ts-jest compiles this file, and an unused @ts-expect-error fails it.
class Probe {
  @ApiOk('CourseSummary', { array: true })
  list(): Promise<CourseSummary[]> {
    return Promise.resolve([]);
  }

  @ApiOk(['LearningRecord', 'XapiBatchResult'], { status: 201 })
  either(): Promise<LearningRecord | XapiBatchResult> {
    return Promise.resolve({ accepted: 0, ignored: 0 } as unknown as XapiBatchResult);
  }

  // @ts-expect-error the handler returns course summaries, not an application
  @ApiOk('Application')
  wrongType(): Promise<CourseSummary[]> {
    return Promise.resolve([]);
  }

  // @ts-expect-error no contract type has this name
  @ApiOk('NoSuchContract')
  unknownType(): Promise<CourseSummary> {
    return Promise.resolve({} as CourseSummary);
  }

  // @ts-expect-error a body is claimed where the handler returns nothing
  @ApiNoContent()
  notEmpty(): Promise<CourseSummary> {
    return Promise.resolve({} as CourseSummary);
  }

  @ApiNoContent()
  // @ts-expect-error a code outside the catalogue
  @ApiErrors({ 404: ['NO_SUCH_CODE'] })
  unknownCode(): Promise<void> {
    return Promise.resolve();
  }

  @ApiNoContent()
  @ApiErrors({ 409: ['COURSE_STATUS_CONFLICT', 'COURSE_EMPTY'], 404: ['COURSE_NOT_FOUND'] })
  refusals(): Promise<void> {
    return Promise.resolve();
  }
}

describe('the response decorators', () => {
  it('reference the contract schema, as a list or one of several', () => {
    expect(responses(Probe.prototype.list)['200']).toMatchObject({
      schema: { type: 'array', items: { $ref: '#/components/schemas/CourseSummary' } },
    });
    expect(responses(Probe.prototype.either)['201']).toMatchObject({
      schema: {
        oneOf: [{ $ref: '#/components/schemas/LearningRecord' }, { $ref: '#/components/schemas/XapiBatchResult' }],
      },
    });
  });

  it('document each error status as an ApiError whose code is one of the listed, sorted', () => {
    const { '204': none, '404': notFound, '409': conflict } = responses(Probe.prototype.refusals);
    expect(none).toMatchObject({ description: 'No content' });
    expect(notFound.content['application/json'].schema.allOf[0]).toEqual({ $ref: '#/components/schemas/ApiError' });
    expect(conflict.content['application/json'].schema.allOf[1].properties.code.enum).toEqual([
      'COURSE_EMPTY',
      'COURSE_STATUS_CONFLICT',
    ]);
  });
});
