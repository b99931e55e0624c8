import type { OpenAPIObject } from '@nestjs/swagger';

interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  enum?: unknown[];
  example?: unknown;
  minimum?: number;
  minLength?: number;
}

interface OperationDoc {
  parameters?: { name: string; in: string }[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
}

/** One operation of the API as its OpenAPI document describes it. */
export interface Operation {
  method: string;
  /** As documented, with `{name}` for each path parameter: `/api/courses/{id}`. */
  template: string;
  pathParams: string[];
  queryParams: string[];
  body: 'json' | 'multipart' | null;
  /** A body that looks right, from the schema's examples and types: the thing to make hostile. */
  sample: unknown;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

export function operationsOf(doc: OpenAPIObject): Operation[] {
  return Object.entries(doc.paths).flatMap(([template, item]) =>
    METHODS.filter((m) => item[m]).map((m) => {
      const op = item[m] as OperationDoc;
      const params = op.parameters ?? [];
      const content = op.requestBody?.content ?? {};
      const [mediaType] = Object.keys(content);
      const schema = mediaType ? content[mediaType].schema : undefined;
      return {
        method: m.toUpperCase(),
        template,
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
        queryParams: params.filter((p) => p.in === 'query').map((p) => p.name),
        body: mediaType === 'multipart/form-data' ? 'multipart' : mediaType ? 'json' : null,
        sample: schema ? sampleOf(schema, doc) : undefined,
      };
    }),
  );
}

/** A value that fits `schema` well enough to get past the parsers and reach the validators. */
export function sampleOf(schema: Schema, doc: OpenAPIObject, depth = 0): unknown {
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop()!;
    return sampleOf((doc.components?.schemas?.[name] ?? {}) as Schema, doc, depth + 1);
  }
  if (schema.example !== undefined) return schema.example;
  if (schema.enum?.length) return schema.enum[0];
  if (depth > 8) return null;
  switch (schema.type) {
    case 'object':
      return schema.properties
        ? Object.fromEntries(
            Object.entries(schema.properties)
              .filter(([, p]) => p.format !== 'binary')
              .map(([k, p]) => [k, sampleOf(p, doc, depth + 1)]),
          )
        : { key: 'value' };
    case 'array':
      return [sampleOf(schema.items ?? {}, doc, depth + 1)];
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    case 'string':
      return 'x'.repeat(Math.max(schema.minLength ?? 0, 8));
    default:
      return schema.properties ? sampleOf({ ...schema, type: 'object' }, doc, depth) : 'value';
  }
}
