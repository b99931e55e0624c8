import { resolve } from 'node:path';
import ts from 'typescript';

/** An OpenAPI 3.0 schema object, as far as the contract types need one. */
export interface JsonSchema {
  $ref?: string;
  type?: 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array';
  nullable?: boolean;
  enum?: (string | number | boolean)[];
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  oneOf?: JsonSchema[];
  description?: string;
}

const ROOT = resolve(__dirname, '../../../..');
export const CONTRACTS_ENTRY = resolve(ROOT, 'libs/shared/contracts/src/index.ts');
export const CONTRACT_SCHEMAS_FILE = resolve(ROOT, 'libs/api/shared/src/lib/openapi/contract-schemas.ts');

/** The committed module: the schemas, and each contract type by name for `@ApiOk`'s type check. */
export function contractSchemasModule(schemas: Record<string, JsonSchema>): string {
  const names = Object.keys(schemas);
  return [
    '// Generated from libs/shared/contracts by `npm run openapi:write`: do not edit. A test fails when it is stale.',
    `import type { ${names.join(', ')} } from '@lc/shared-contracts';`,
    '',
    '/** Each contract type by name: what `@ApiOk(name)` checks a handler against. */',
    `export interface ContractTypes { ${names.map((n) => `${n}: ${n};`).join(' ')} }`,
    '',
    '/** The JSON Schema (OpenAPI 3.0) of each contract type, registered as `components.schemas`. */',
    `export const CONTRACT_SCHEMAS: Record<keyof ContractTypes, object> = ${JSON.stringify(schemas)};`,
    '',
  ].join('\n');
}

/**
 * JSON Schemas of every exported interface and type alias of `@lc/shared-contracts`, read by the TypeScript
 * compiler: the contract types stay the one source of truth, and no response class repeats them. A named contract
 * type inside another becomes a `$ref`; generic types (`Page<T>`) are left out, their instances are inlined.
 */
export function contractSchemas(entry = CONTRACTS_ENTRY): Record<string, JsonSchema> {
  const program = ts.createProgram([entry], { strict: true, target: ts.ScriptTarget.ES2022, noEmit: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const module = source && checker.getSymbolAtLocation(source);
  if (!module) throw new Error(`Cannot read the contract types at ${entry}`);
  const named = new Map<ts.Symbol, string>();
  for (const exported of checker.getExportsOfModule(module)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declaration = symbol.declarations?.[0];
    if (!declaration || !(ts.isInterfaceDeclaration(declaration) || ts.isTypeAliasDeclaration(declaration))) continue;
    if (declaration.typeParameters?.length) continue;
    named.set(symbol, exported.name);
  }
  const toSchema = schemaWriter(checker, named);
  const schemas: Record<string, JsonSchema> = {};
  for (const [symbol, name] of [...named].sort(([, a], [, b]) => a.localeCompare(b))) {
    const [declaration] = symbol.declarations ?? [];
    const schema = toSchema(checker.getTypeAtLocation(declaration), true);
    const doc = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
    schemas[name] = doc ? { ...schema, description: doc } : schema;
  }
  return schemas;
}

function schemaWriter(checker: ts.TypeChecker, named: Map<ts.Symbol, string>) {
  const refName = (type: ts.Type): string | undefined => {
    const symbol = type.aliasSymbol ?? type.getSymbol();
    return symbol && !type.aliasTypeArguments ? named.get(symbol) : undefined;
  };

  const toSchema = (type: ts.Type, root = false): JsonSchema => {
    const ref = root ? undefined : refName(type);
    if (ref) return { $ref: `#/components/schemas/${ref}` };
    if (type.isUnion()) return unionSchema(type.types);
    if (type.flags & ts.TypeFlags.BooleanLike) return { type: 'boolean' };
    if (type.isStringLiteral()) return { type: 'string', enum: [type.value] };
    if (type.isNumberLiteral()) return { type: 'number', enum: [type.value] };
    if (type.flags & ts.TypeFlags.StringLike) return { type: 'string' };
    if (type.flags & ts.TypeFlags.NumberLike) return { type: 'number' };
    if (checker.isTupleType(type)) {
      const elements = checker.getTypeArguments(type as ts.TypeReference);
      const items = elements.length ? unionSchema([...elements]) : {};
      return { type: 'array', items, minItems: elements.length, maxItems: elements.length };
    }
    if (checker.isArrayType(type)) {
      return { type: 'array', items: toSchema(checker.getTypeArguments(type as ts.TypeReference)[0]) };
    }
    if (type.flags & ts.TypeFlags.Object || type.isIntersection()) return objectSchema(type);
    // `unknown`, `any`: any JSON value.
    return {};
  };

  const unionSchema = (members: readonly ts.Type[]): JsonSchema => {
    const nullable = members.some((t) => t.flags & ts.TypeFlags.Null);
    const rest = members.filter((t) => !(t.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)));
    const withNull = (s: JsonSchema): JsonSchema => (nullable ? { ...s, nullable: true } : s);
    if (rest.length && rest.every((t) => t.flags & ts.TypeFlags.BooleanLiteral)) return withNull({ type: 'boolean' });
    if (rest.length && rest.every((t) => t.isStringLiteral())) {
      return withNull({ type: 'string', enum: rest.map((t) => (t as ts.StringLiteralType).value) });
    }
    if (rest.length && rest.every((t) => t.isNumberLiteral())) {
      return withNull({ type: 'number', enum: rest.map((t) => (t as ts.NumberLiteralType).value) });
    }
    // `true | false` arrive as two literals among other members: one boolean schema for both.
    const booleans = rest.filter((t) => t.flags & ts.TypeFlags.BooleanLiteral);
    const others = rest.filter((t) => !(t.flags & ts.TypeFlags.BooleanLiteral)).map((t) => toSchema(t));
    const schemas = booleans.length ? [...others, { type: 'boolean' as const }] : others;
    if (schemas.length === 1) {
      const [only] = schemas;
      // A $ref cannot carry siblings in OpenAPI 3.0: a nullable reference is a one-member oneOf.
      return nullable ? (only.$ref ? { oneOf: [only], nullable: true } : { ...only, nullable: true }) : only;
    }
    return withNull({ oneOf: schemas });
  };

  const objectSchema = (type: ts.Type): JsonSchema => {
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    for (const property of checker.getPropertiesOfType(type)) {
      const declaration = property.valueDeclaration ?? property.declarations?.[0];
      const propertyType = declaration
        ? checker.getTypeOfSymbolAtLocation(property, declaration)
        : checker.getTypeOfSymbol(property);
      if (checker.getSignaturesOfType(propertyType, ts.SignatureKind.Call).length) continue;
      const schema = toSchema(propertyType);
      const doc = ts.displayPartsToString(property.getDocumentationComment(checker)).trim();
      properties[property.name] = doc && !schema.$ref ? { ...schema, description: doc } : schema;
      if (!(property.flags & ts.SymbolFlags.Optional)) required.push(property.name);
    }
    const index = checker.getIndexInfoOfType(type, ts.IndexKind.String);
    const schema: JsonSchema = { type: 'object' };
    if (Object.keys(properties).length || !index) schema.properties = properties;
    if (required.length) schema.required = required;
    if (index) schema.additionalProperties = toSchema(index.type);
    return schema;
  };

  return toSchema;
}
