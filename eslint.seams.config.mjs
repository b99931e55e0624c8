import { readFileSync } from 'node:fs';

// The seams between contexts (ADR 0028), held by lint so that `npm test` fails on an import that crosses one.
// Spread into the base config; `no-restricted-imports` options do not merge across config objects, so every file
// group below states the whole list that applies to it.

/** Another context's tables are its own: call its service, which takes and returns contract types. */
const noForeignEntities = {
  group: ['@lc/api-*', '!@lc/api-shared', '!@lc/api-shared/*'],
  importNamePattern: 'Entity$',
  message: "A context's entities stay inside it: call its service, which takes and returns contract types (ADR 0028).",
};

/** Pure rules decide; they neither read the database nor know the web framework. */
const frameworkFree = [
  { group: ['@nestjs/*'], message: 'Pure rule files import nothing from Nest (ADR 0028).' },
  { group: ['typeorm', 'typeorm/*'], message: 'Pure rule files import nothing from TypeORM (ADR 0028).' },
];
const noNestBarrel = {
  name: '@lc/api-shared',
  message: "Pure rule files take DomainError, AuthUser and friends from '@lc/api-shared/pure' (ADR 0028).",
};

/** Files of pure rules, and the framework-free entry of api-shared they rely on; one list, also for a unit test. */
const pure = JSON.parse(readFileSync(new URL('./tools/seams/pure-files.json', import.meta.url), 'utf8'));
const pureFiles = [...pure.suffixes.map((suffix) => `**/*${suffix}`), ...pure.files];

/**
 * A public method whose parameter is a TypeORM manager or runner would hand the database across a seam: a
 * transaction travels as the opaque `UnitOfWork` instead. Private helpers of the owning context may take one.
 */
const typeormParameter = (type) => ({
  selector: [
    `MethodDefinition[kind='method'][accessibility!='private'][accessibility!='protected'] > FunctionExpression > Identifier[typeAnnotation.typeAnnotation.typeName.name=${type}]`,
    `MethodDefinition[kind='method'][accessibility!='private'][accessibility!='protected'] > FunctionExpression > AssignmentPattern > Identifier.left[typeAnnotation.typeAnnotation.typeName.name=${type}]`,
  ].join(', '),
  message: 'A public method takes a UnitOfWork (first argument), never a TypeORM manager or query runner (ADR 0028).',
});

export default [
  {
    files: ['libs/api/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noForeignEntities] }],
      'no-restricted-syntax': ['error', typeormParameter('/^(EntityManager|QueryRunner)$/')],
    },
  },
  {
    files: pureFiles,
    rules: {
      'no-restricted-imports': ['error', { paths: [noNestBarrel], patterns: [noForeignEntities, ...frameworkFree] }],
    },
  },
];
