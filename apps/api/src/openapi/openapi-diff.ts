/** What changed between two OpenAPI documents, sorted by whether a client written against the old one breaks. */
export interface ContractDiff {
  breaking: string[];
  nonBreaking: string[];
}

type Json = Record<string, unknown>;
interface Schema {
  $ref?: string;
  type?: string;
  nullable?: boolean;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: Schema | boolean;
  allOf?: Schema[];
  oneOf?: Schema[];
}
interface Operation {
  parameters?: { name: string; in: string; required?: boolean; schema?: Schema }[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Breaking: a path, operation, success response, schema or property removed; a parameter or property newly
 * required; a type changed; an enum narrowed. Non-breaking: additions, and any other change (descriptions, error
 * codes: a client must handle any `{code, message}` already).
 */
export function diffContracts(before: Json, after: Json): ContractDiff {
  const diff: ContractDiff = { breaking: [], nonBreaking: [] };
  const paths = (doc: Json) => (doc['paths'] ?? {}) as Record<string, Record<string, Operation>>;
  const [oldPaths, newPaths] = [paths(before), paths(after)];
  for (const path of new Set([...Object.keys(oldPaths), ...Object.keys(newPaths)])) {
    for (const method of METHODS) {
      const [was, now] = [oldPaths[path]?.[method], newPaths[path]?.[method]];
      const where = `${method.toUpperCase()} ${path}`;
      if (was && !now) diff.breaking.push(`${where}: operation removed`);
      else if (!was && now) diff.nonBreaking.push(`${where}: operation added`);
      else if (was && now) compareOperation(where, was, now, diff);
    }
  }
  const schemas = (doc: Json) => ((doc['components'] as Json | undefined)?.['schemas'] ?? {}) as Record<string, Schema>;
  const [oldSchemas, newSchemas] = [schemas(before), schemas(after)];
  for (const name of new Set([...Object.keys(oldSchemas), ...Object.keys(newSchemas)])) {
    const [was, now] = [oldSchemas[name], newSchemas[name]];
    if (was && !now) diff.breaking.push(`schema ${name}: removed`);
    else if (!was && now) diff.nonBreaking.push(`schema ${name}: added`);
    else compareSchema(`schema ${name}`, was, now, diff);
  }
  if (!diff.breaking.length && !diff.nonBreaking.length && !same(before, after)) {
    diff.nonBreaking.push('descriptions or other details changed');
  }
  return diff;
}

function compareOperation(where: string, was: Operation, now: Operation, diff: ContractDiff): void {
  const key = (p: { name: string; in: string }) => `${p.in} ${p.name}`;
  const oldParams = new Map((was.parameters ?? []).map((p) => [key(p), p]));
  for (const p of now.parameters ?? []) {
    const old = oldParams.get(key(p));
    if (!old) (p.required ? diff.breaking : diff.nonBreaking).push(`${where}: parameter ${key(p)} added`);
    else {
      if (p.required && !old.required) diff.breaking.push(`${where}: parameter ${key(p)} now required`);
      compareSchema(`${where}: parameter ${key(p)}`, old.schema, p.schema, diff);
    }
    oldParams.delete(key(p));
  }
  for (const gone of oldParams.keys()) diff.breaking.push(`${where}: parameter ${gone} removed`);
  const body = (op: Operation) => Object.entries(op.requestBody?.content ?? {})[0];
  const [oldBody, newBody] = [body(was), body(now)];
  if (oldBody && !newBody) diff.breaking.push(`${where}: request body removed`);
  else if (!oldBody && newBody) {
    (now.requestBody?.required ? diff.breaking : diff.nonBreaking).push(`${where}: request body added`);
  } else if (oldBody && newBody) {
    if (oldBody[0] !== newBody[0]) diff.breaking.push(`${where}: request body now ${newBody[0]}`);
    compareSchema(`${where}: request body`, oldBody[1].schema, newBody[1].schema, diff);
  }
  const [oldResponses, newResponses] = [was.responses ?? {}, now.responses ?? {}];
  for (const status of new Set([...Object.keys(oldResponses), ...Object.keys(newResponses)])) {
    const [o, n] = [oldResponses[status], newResponses[status]];
    const success = Number(status) < 400;
    const list = success ? diff.breaking : diff.nonBreaking;
    if (o && !n) list.push(`${where}: response ${status} removed`);
    else if (!o && n) diff.nonBreaking.push(`${where}: response ${status} added`);
    else if (success) {
      const [oc, nc] = [Object.entries(o.content ?? {})[0], Object.entries(n.content ?? {})[0]];
      if (oc && (!nc || oc[0] !== nc[0])) diff.breaking.push(`${where}: response ${status} is no longer ${oc[0]}`);
      else if (oc && nc) compareSchema(`${where}: response ${status}`, oc[1].schema, nc[1].schema, diff);
    } else if (!same(o, n)) diff.nonBreaking.push(`${where}: response ${status} lists other codes`);
  }
}

function compareSchema(where: string, was: Schema | undefined, now: Schema | undefined, diff: ContractDiff): void {
  if (!was || !now) return void (was !== now && diff.breaking.push(`${where}: schema removed or added`));
  if (was.$ref !== now.$ref || was.type !== now.type || !same(was.allOf, now.allOf) || !same(was.oneOf, now.oneOf)) {
    diff.breaking.push(`${where}: type changed`);
    return;
  }
  if (!!was.nullable !== !!now.nullable) diff.breaking.push(`${where}: nullable changed`);
  if (was.enum && !now.enum) diff.nonBreaking.push(`${where}: enum lifted`);
  else if (now.enum) {
    const [before, after] = [was.enum, now.enum];
    const removed = before ? before.filter((v) => !after.includes(v)) : ['any value'];
    const added = before ? after.filter((v) => !before.includes(v)) : [];
    if (removed.length) diff.breaking.push(`${where}: enum narrowed (${removed.join(', ')} no longer allowed)`);
    if (added.length) diff.nonBreaking.push(`${where}: enum widened (${added.join(', ')})`);
  }
  if (was.items || now.items) compareSchema(`${where}[]`, was.items, now.items, diff);
  const [op, np] = [was.properties ?? {}, now.properties ?? {}];
  const [or, nr] = [new Set(was.required ?? []), new Set(now.required ?? [])];
  for (const name of new Set([...Object.keys(op), ...Object.keys(np)])) {
    if (op[name] && !np[name]) diff.breaking.push(`${where}.${name}: removed`);
    else if (!op[name]) (nr.has(name) ? diff.breaking : diff.nonBreaking).push(`${where}.${name}: added`);
    else {
      if (nr.has(name) && !or.has(name)) diff.breaking.push(`${where}.${name}: now required`);
      if (or.has(name) && !nr.has(name)) diff.breaking.push(`${where}.${name}: now optional`);
      compareSchema(`${where}.${name}`, op[name], np[name], diff);
    }
  }
  const [oa, na] = [was.additionalProperties, now.additionalProperties];
  if (typeof oa === 'object' && typeof na === 'object') compareSchema(`${where}{}`, oa, na, diff);
  else if (oa !== na) diff.breaking.push(`${where}: additional properties changed`);
}

/** The failure message of the contract test: what changed, which of it breaks clients, and what to run. */
export function describeDiff(diff: ContractDiff): string {
  const section = (title: string, lines: string[]) => (lines.length ? [title, ...lines.map((l) => `  ${l}`)] : []);
  return [
    'The served OpenAPI document differs from docs/openapi.json.',
    ...section(`BREAKING for clients (${diff.breaking.length}):`, diff.breaking),
    ...section(`Non-breaking (${diff.nonBreaking.length}):`, diff.nonBreaking),
    'If the change is intended, run `npm run openapi:write` and commit docs/openapi.json with it;',
    'a breaking change also needs a note in docs/api-overview.md and a word with the web client.',
  ].join('\n');
}
