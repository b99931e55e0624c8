import {
  BIDI,
  CONTROL_CHARS,
  countStrings,
  deepArrays,
  deepObjects,
  HOSTILE_PARAMS,
  isRecord,
  mapLeaves,
  onNumbers,
  onStrings,
  twentyDigits,
  withNestedPrototypeKeys,
  withRawKeys,
  wrongType,
} from './hostile-values';
import { multipart } from './multipart';
import type { Operation } from './openapi-operations';

export interface HostileRequest {
  /** What is hostile about it, for the report. */
  name: string;
  method: string;
  /** Path and query, sent as they are (no URL normalisation). */
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

type Body = { text: string | Buffer; type?: string; headers?: Record<string, string> };

const JSON_TYPE = 'application/json';
const FORM_TYPE = 'application/x-www-form-urlencoded';

/** Values for `{param}` in a template: hostile for the path cases, else what the test finds plausible. */
export type ParamValue = (template: string, param: string) => string;

/**
 * The hostile requests for one operation, bounded so that the whole API runs in seconds: a plausible request, every
 * path parameter made hostile, every query parameter as a list, object, NUL or giant, and (where a body is read)
 * wrong types, control and bidi characters, giant strings and numbers, deep nesting, prototype keys and bodies the
 * parsers refuse.
 */
export function hostileRequests(op: Operation, plausible: ParamValue): HostileRequest[] {
  const path = (value: ParamValue = plausible) =>
    op.pathParams.reduce((p, name) => p.replace(`{${name}}`, value(op.template, name)), op.template);
  const sample = op.body === 'json' ? { text: JSON.stringify(op.sample), type: JSON_TYPE } : undefined;
  const request = (name: string, target: string, body: Body | undefined = sample): HostileRequest => {
    const bytes = body === undefined ? undefined : Buffer.from(body.text);
    return {
      name,
      method: op.method,
      path: target,
      headers: {
        ...(body?.type ? { 'content-type': body.type } : {}),
        ...(bytes ? { 'content-length': String(bytes.length) } : {}),
        ...body?.headers,
      },
      body: bytes,
    };
  };
  const query = (q: string) => `${path()}?${q}`;
  return [
    request('plausible', path()),
    ...(op.pathParams.length ? HOSTILE_PARAMS : []).map((v) =>
      request(
        `path ${v.slice(0, 30)}`,
        path(() => v),
      ),
    ),
    ...['x[]=1', '__proto__[polluted]=1', 'constructor=1', 'q=%00'].map((q) => request(`query ${q}`, query(q))),
    ...op.queryParams.flatMap((n) =>
      [
        `${n}[]=x`,
        `${n}=a&${n}=b`,
        `${n}[__proto__][polluted]=1`,
        `${n}=%00`,
        `${n}=${'x'.repeat(3000)}`,
        `${n}=1e308`,
        `${n}=99999999999999999999`,
        `${n}=%E2%80%AE`,
        `${n}=`,
      ].map((q) => request(`query ${q.slice(0, 40)}`, query(q))),
    ),
    ...bodies(op).map(([name, body]) => request(`body ${name}`, path(), body)),
  ];
}

function bodies(op: Operation): [string, Body][] {
  if (op.method === 'GET') return [];
  const json = (text: string, headers?: Record<string, string>): Body => ({ text, type: JSON_TYPE, headers });
  const raw: [string, Body][] = [
    [
      'prototype keys at the top',
      json(
        withRawKeys(op.sample, [
          ['__proto__', { isAdmin: true }],
          ['constructor', 1],
        ]),
      ),
    ],
    ['NUL in a string', json(JSON.stringify({ ...(isRecord(op.sample) ? op.sample : {}), x: 'a\u0000' }))],
    ['nested 20 000 deep', json(`{"x":${deepArrays(20_000)}}`)],
    ['malformed JSON', json('{"a":')],
    ['over the size limit', json(`{"x":"${'a'.repeat(200_000)}"}`)],
    ['charset latin1', { text: '{}', type: `${JSON_TYPE}; charset=latin1` }],
    ['gzip that is not gzip', json('{}', { 'content-encoding': 'gzip' })],
    ['content-encoding compress', json('{}', { 'content-encoding': 'compress' })],
    ['form with prototype keys and NUL', { text: '__proto__[x]=1&constructor=1&a=%00', type: FORM_TYPE }],
    ['form with 300 fields', { text: Array.from({ length: 300 }, (_, i) => `f${i}=1`).join('&'), type: FORM_TYPE }],
  ];
  if (op.body === null) return raw;
  return [...raw, ...schemaBodies(op.sample).map(([n, text]): [string, Body] => [n, json(text)]), ...uploads(op)];
}

/** Hostile variations of a body that fits the schema. */
function schemaBodies(sample: unknown): [string, string][] {
  const top = isRecord(sample) ? sample : {};
  const huge = 'x'.repeat(Math.min(20_000, Math.floor(80_000 / Math.max(1, countStrings(sample)))));
  const each = (f: (v: unknown) => unknown) =>
    JSON.stringify(Object.fromEntries(Object.entries(top).map(([k, v]) => [k, f(v)])));
  const leaves = (f: (leaf: unknown) => unknown) => JSON.stringify(mapLeaves(sample, f));
  const firstKey = Object.keys(top)[0] ?? 'x';
  const nestedKeys = withNestedPrototypeKeys(sample);
  return [
    ['wrong types', each(wrongType)],
    ['nulls', each(() => null)],
    ['lists where scalars go', each((v) => [v, v])],
    ['NUL in every string', leaves(onStrings((s) => `${s}\u0000`))],
    ['control characters in every string', leaves(onStrings((s) => `${s}${CONTROL_CHARS}`))],
    ['bidi controls in every string', leaves(onStrings((s) => `${BIDI}${s}`))],
    ['huge strings', leaves(onStrings(() => huge))],
    ['empty strings', leaves(onStrings(() => ''))],
    ['20-digit strings', leaves(onStrings(() => '99999999999999999999'))],
    ['1e308 numbers', leaves(onNumbers(() => 1e308))],
    ['-1e308 numbers', leaves(onNumbers(() => -1e308))],
    ['fractional numbers', leaves(onNumbers((n) => n + 0.5))],
    ['20-digit integers', twentyDigits(sample)],
    ['nested 40 objects deep', JSON.stringify({ ...top, [firstKey]: deepObjects(40) })],
    ['"prototype" as a key', withRawKeys(sample, [['prototype', { x: 1 }]])],
    ...(nestedKeys ? [['prototype keys inside objects', nestedKeys] as [string, string]] : []),
    ['null', 'null'],
    ['a list', '[]'],
    ['a string', '"x"'],
    ['1e308', '1e308'],
  ];
}

function uploads(op: Operation): [string, Body][] {
  if (op.body !== 'multipart') return [];
  const file = { field: 'file', filename: 'bai.h5p', content: Buffer.from('not a zip') };
  const form = (fields: [string, string][], withFile = true): Body => {
    const { body, contentType } = multipart(fields, withFile ? file : undefined);
    return { text: body, type: contentType };
  };
  return [
    ['multipart NUL in a field', form([['title', 'Bài\u0000']])],
    ['multipart bidi in a field', form([['title', `${BIDI}Bài học`]])],
    [
      'multipart prototype field names',
      form([
        ['__proto__[polluted]', '1'],
        ['constructor', '1'],
      ]),
    ],
    ['multipart nested field name', form([[`title${'[a]'.repeat(40)}`, '1']])],
    ['multipart without the file', form([['title', 'Bài học']], false)],
    ['multipart with a broken boundary', { text: '--nope\r\n', type: 'multipart/form-data; boundary=other' }],
  ];
}
