import { describeDiff, diffContracts } from './openapi-diff';

const doc = (paths: object, schemas: object = {}) => ({ openapi: '3.0.0', paths, components: { schemas } });
const ok = (schema: object) => ({ '200': { description: '', content: { 'application/json': { schema } } } });
const course = {
  type: 'object',
  properties: { id: { type: 'string' }, level: { type: 'number' }, status: { type: 'string', enum: ['a', 'b'] } },
  required: ['id', 'level'],
};
const base = () =>
  doc(
    {
      '/api/courses': {
        get: { responses: ok({ $ref: '#/components/schemas/Course' }) },
        post: {
          parameters: [{ name: 'q', in: 'query', required: false }],
          requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Course' } } } },
          responses: { '201': { description: '' }, '404': { description: 'COURSE_NOT_FOUND' } },
        },
      },
    },
    { Course: course },
  );

describe('diffContracts', () => {
  it('finds nothing between equal documents', () => {
    expect(diffContracts(base(), base())).toEqual({ breaking: [], nonBreaking: [] });
  });

  it('calls a removed operation, response or property, and a changed type, breaking', () => {
    const after = base() as ReturnType<typeof base> & { paths: Record<string, Record<string, unknown>> };
    delete after.paths['/api/courses']['post'];
    after.components.schemas = {
      Course: { ...course, properties: { id: { type: 'number' }, status: course.properties.status } },
    };
    expect(diffContracts(base(), after).breaking).toEqual([
      'POST /api/courses: operation removed',
      'schema Course.id: type changed',
      'schema Course.level: removed',
    ]);
  });

  it('calls a narrowed enum, a new required property and a newly required parameter breaking', () => {
    const after = JSON.parse(JSON.stringify(base()));
    after.components.schemas.Course.properties.status.enum = ['a'];
    after.components.schemas.Course.properties.title = { type: 'string' };
    after.components.schemas.Course.required.push('title');
    after.paths['/api/courses'].post.parameters[0].required = true;
    expect(diffContracts(base(), after).breaking).toEqual([
      'POST /api/courses: parameter query q now required',
      'schema Course.status: enum narrowed (b no longer allowed)',
      'schema Course.title: added',
    ]);
  });

  it('calls additions and other error codes non-breaking', () => {
    const after = JSON.parse(JSON.stringify(base()));
    after.components.schemas.Course.properties.status.enum.push('c');
    after.components.schemas.Course.properties.note = { type: 'string' };
    after.paths['/api/courses'].post.responses['404'].description = 'COURSE_GONE';
    after.paths['/api/notices'] = { get: { responses: ok({ type: 'string' }) } };
    const diff = diffContracts(base(), after);
    expect(diff.breaking).toEqual([]);
    expect(diff.nonBreaking).toEqual([
      'POST /api/courses: response 404 lists other codes',
      'GET /api/notices: operation added',
      'schema Course.status: enum widened (c)',
      'schema Course.note: added',
    ]);
  });

  it('still reports a change it cannot classify, and says how to accept it', () => {
    const after = { ...base(), info: { title: 'renamed' } };
    const diff = diffContracts(base(), after);
    expect(diff.nonBreaking).toEqual(['descriptions or other details changed']);
    expect(describeDiff(diff)).toContain('npm run openapi:write');
  });
});
