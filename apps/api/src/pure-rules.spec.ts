import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

// Lint sees each file's own imports; this follows them, so a pure rule cannot reach Nest or TypeORM through a
// helper it imports either (ADR 0028).
const root = resolve(__dirname, '../../..');
const pure: { suffixes: string[]; files: string[] } = JSON.parse(
  readFileSync(join(root, 'tools/seams/pure-files.json'), 'utf8'),
);
const FRAMEWORKS = /^(@nestjs\/|typeorm|express|rxjs)/;
const compilerOptions = ts.parseJsonConfigFileContent(
  ts.readConfigFile(join(root, 'tsconfig.base.json'), ts.sys.readFile).config,
  ts.sys,
  root,
).options;

function pureFiles(): string[] {
  const named = readdirSync(join(root, 'libs/api'), { recursive: true, encoding: 'utf8' })
    .map((f) => join('libs/api', f))
    .filter((f) => !f.endsWith('.spec.ts') && pure.suffixes.some((s) => f.endsWith(s)));
  return [...named, ...pure.files].sort();
}

/** The modules a file loads at run time: type-only imports and exports vanish in the build. */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.Latest);
  return source.statements.flatMap((s) => {
    if (ts.isImportDeclaration(s) && !s.importClause?.isTypeOnly) return [(s.moduleSpecifier as ts.StringLiteral).text];
    if (ts.isExportDeclaration(s) && !s.isTypeOnly && s.moduleSpecifier)
      return [(s.moduleSpecifier as ts.StringLiteral).text];
    return [];
  });
}

/** The chain of files from `start` to the first framework it loads, or null when it loads none. */
function frameworkChain(start: string): string[] | null {
  const seen = new Set<string>();
  const queue: string[][] = [[start]];
  while (queue.length) {
    const chain = queue.shift() as string[];
    const file = chain[chain.length - 1];
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of runtimeImports(file)) {
      if (FRAMEWORKS.test(spec)) return [...chain, spec];
      const found = ts.resolveModuleName(spec, join(root, file), compilerOptions, ts.sys).resolvedModule;
      if (found && !found.isExternalLibraryImport && !found.resolvedFileName.endsWith('.d.ts'))
        queue.push([...chain, relative(root, found.resolvedFileName)]);
    }
  }
  return null;
}

describe('pure rule files', () => {
  const files = pureFiles();

  it('are found', () => {
    expect(files).toEqual(expect.arrayContaining(['libs/api/certification/src/lib/certification-rules.ts']));
  });

  it.each(files)('%s loads no framework, directly or through what it imports', (file) => {
    expect(frameworkChain(file)).toBeNull();
  });

  it('would catch a rule that reaches Nest through the api-shared barrel', () => {
    expect(frameworkChain('libs/api/shared/src/index.ts')?.at(-1)).toMatch(FRAMEWORKS);
  });
});
