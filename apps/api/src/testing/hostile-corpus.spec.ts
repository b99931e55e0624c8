import type { OpenAPIObject } from '@nestjs/swagger';
import { hostileRequests } from './hostile-corpus';
import {
  countStrings,
  deepArrays,
  mapLeaves,
  onNumbers,
  twentyDigits,
  withNestedPrototypeKeys,
  withRawKeys,
  wrongType,
} from './hostile-values';
import { multipart } from './multipart';
import { operationsOf, sampleOf } from './openapi-operations';
import { inPool } from './raw-http';

const doc = {
  openapi: '3.0.0',
  info: { title: 't', version: '1' },
  paths: {
    '/api/things/{id}': {
      get: { parameters: [{ name: 'id', in: 'path' }], responses: {} },
      put: {
        parameters: [{ name: 'id', in: 'path' }],
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/ThingDto' } } } },
        responses: {},
      },
    },
    '/api/things': { get: { parameters: [{ name: 'areaId', in: 'query' }], responses: {} } },
    '/api/things/{id}/file': {
      post: { requestBody: { content: { 'multipart/form-data': { schema: { type: 'object' } } } }, responses: {} },
    },
  },
  components: {
    schemas: {
      ThingDto: {
        type: 'object',
        properties: {
          name: { type: 'string', example: 'Lan' },
          level: { type: 'integer', minimum: 1 },
          tags: { type: 'array', items: { type: 'string' } },
          scores: { type: 'object', example: { '1.1': 8 } },
        },
      },
    },
  },
} as unknown as OpenAPIObject;

describe(operationsOf.name, () => {
  it('lists operations with their parameters, body kind and a sample from the schema', () => {
    const ops = operationsOf(doc);
    expect(ops.map((o) => `${o.method} ${o.template} ${o.body}`)).toEqual([
      'GET /api/things/{id} null',
      'PUT /api/things/{id} json',
      'GET /api/things null',
      'POST /api/things/{id}/file multipart',
    ]);
    expect(ops[1]).toMatchObject({ pathParams: ['id'], queryParams: [] });
    expect(ops[1].sample).toEqual({ name: 'Lan', level: 1, tags: ['xxxxxxxx'], scores: { '1.1': 8 } });
    expect(ops[2].queryParams).toEqual(['areaId']);
  });

  it('samples enums, booleans and unknown objects', () => {
    expect(sampleOf({ enum: ['a', 'b'] }, doc)).toBe('a');
    expect(sampleOf({ type: 'boolean' }, doc)).toBe(true);
    expect(sampleOf({ type: 'object' }, doc)).toEqual({ key: 'value' });
  });
});

describe(hostileRequests.name, () => {
  const [getOne, put, list, upload] = operationsOf(doc);
  const plausible = () => 'ID';

  it('sends the plausible request first, then each path value hostile', () => {
    const reqs = hostileRequests(getOne, plausible);
    expect(reqs[0]).toMatchObject({ name: 'plausible', method: 'GET', path: '/api/things/ID' });
    expect(reqs.map((r) => r.path)).toContain('/api/things/%00');
    expect(reqs.some((r) => r.body)).toBe(false);
  });

  it('makes each query parameter a list, a repeat and a NUL', () => {
    const paths = hostileRequests(list, plausible).map((r) => r.path);
    expect(paths).toEqual(
      expect.arrayContaining(['/api/things?areaId[]=x', '/api/things?areaId=a&areaId=b', '/api/things?areaId=%00']),
    );
  });

  it('sends hostile bodies with their length, keeping the sample for path cases', () => {
    const reqs = hostileRequests(put, plausible);
    const byName = (n: string) => reqs.find((r) => r.name === n)!;
    expect(byName('path %00').body?.toString()).toBe(JSON.stringify(put.sample));
    const deep = byName('body nested 20 000 deep');
    expect(deep.headers['content-length']).toBe(String(deep.body?.length));
    expect(byName('body prototype keys inside objects').body?.toString()).toContain('"scores":{"1.1":8,"constructor"');
    expect(byName('body over the size limit').body!.length).toBeGreaterThan(100 * 1024);
  });

  it('adds multipart bodies for uploads', () => {
    const names = hostileRequests(upload, plausible).map((r) => r.name);
    expect(names).toContain('body multipart NUL in a field');
  });
});

describe('hostile values', () => {
  it('maps leaves and counts strings', () => {
    expect(
      mapLeaves(
        { a: [1, 'x'], b: { c: 2 } },
        onNumbers((n) => n * 10),
      ),
    ).toEqual({ a: [10, 'x'], b: { c: 20 } });
    expect(countStrings({ a: ['x', 'y'], b: 1 })).toBe(2);
  });

  it('gives every JSON type another', () => {
    expect([wrongType('s'), wrongType(1), wrongType(true), wrongType([]), wrongType({})]).toEqual([
      12345,
      'mười hai',
      'true',
      { 0: 'x' },
      ['x'],
    ]);
  });

  it('writes keys JSON.parse keeps as own keys', () => {
    const text = withRawKeys({ a: 1 }, [['__proto__', { x: 1 }]]);
    expect(text).toBe('{"__proto__":{"x":1},"a":1}');
    expect(Object.keys(JSON.parse(text))).toEqual(['__proto__', 'a']);
    expect(withRawKeys(null, [['prototype', 1]])).toBe('{"prototype":1}');
    expect(withNestedPrototypeKeys({ a: 1 })).toBeNull();
  });

  it('writes 20-digit integers and deep arrays as text', () => {
    expect(twentyDigits({ n: 1, s: 'a' })).toBe('{"n":99999999999999999999,"s":"a"}');
    expect(JSON.parse(deepArrays(3))).toEqual([[[]]]);
  });

  it('builds a multipart body by hand', () => {
    const { body, contentType } = multipart([['title', 'Bài']], {
      field: 'file',
      filename: 'a.h5p',
      content: Buffer.from('zip'),
    });
    const boundary = contentType.split('boundary=')[1];
    expect(body.toString()).toContain(`--${boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\nBài\r\n`);
    expect(body.toString().endsWith(`--${boundary}--\r\n`)).toBe(true);
  });
});

describe(inPool.name, () => {
  it('keeps the order of results with at most `limit` in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const results = await inPool([1, 2, 3, 4, 5], 2, async (n) => {
      most = Math.max(most, ++inFlight);
      await new Promise((r) => setTimeout(r, 5 - n));
      inFlight--;
      return n * 2;
    });
    expect(results).toEqual([2, 4, 6, 8, 10]);
    expect(most).toBe(2);
  });
});
