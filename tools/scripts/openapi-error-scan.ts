// The error codes each API operation can answer, found by following its handler's calls through the services
// (TypeScript's type checker resolves `this.catalog.detail(…)` to the method) and collecting every
// `new DomainError('CODE', …, status)`, `notFound('CODE', …)`, `forbidden`, `conflict` and `invalid`.
// A starting point for `@ApiErrors` (ADR 0026), not a proof: codes built at run time are missed.
//   npx tsx tools/scripts/openapi-error-scan.ts            the codes found that docs/openapi.json does not list
//   npx tsx tools/scripts/openapi-error-scan.ts --json     the scan as JSON
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(__dirname, '../..');
const HELPERS: Record<string, number> = { notFound: 404, forbidden: 403, conflict: 409, invalid: 422 };
const VERBS = new Set(['Get', 'Post', 'Put', 'Patch', 'Delete']);

export type ErrorsByStatus = Record<number, string[]>;

function program(): ts.Program {
  const path = resolve(ROOT, 'apps/api/tsconfig.app.json');
  const config = ts.readConfigFile(path, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, dirname(path));
  return ts.createProgram(parsed.fileNames, parsed.options);
}

const literal = (node: ts.Node | undefined) =>
  node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;

function bodyOf(declaration: ts.Declaration): ts.Node | undefined {
  if (ts.isFunctionLike(declaration)) return (declaration as ts.FunctionLikeDeclaration).body;
  if ((ts.isVariableDeclaration(declaration) || ts.isPropertyDeclaration(declaration)) && declaration.initializer) {
    return declaration.initializer;
  }
  return undefined;
}

/** Every operation (`Controller_method`) with the codes its handler's calls can throw, by status. */
export function scanOperationErrors(): Map<string, ErrorsByStatus> {
  const prog = program();
  const checker = prog.getTypeChecker();
  const ours = (file: ts.SourceFile) => !file.isDeclarationFile && !file.fileName.includes('node_modules');

  const walk = (root: ts.Node, found: ErrorsByStatus, seen: Set<ts.Node>) => {
    const add = (status: number, code: string | undefined) => {
      if (code && /^[A-Z][A-Z0-9_]+$/.test(code)) found[status] = [...new Set([...(found[status] ?? []), code])];
    };
    const visit = (node: ts.Node): void => {
      if (ts.isNewExpression(node) && node.expression.getText() === 'DomainError') {
        const status = node.arguments?.[2];
        add(status && ts.isNumericLiteral(status) ? Number(status.text) : 400, literal(node.arguments?.[0]));
      }
      if (ts.isCallExpression(node)) {
        const name = ts.isIdentifier(node.expression) ? node.expression.text : undefined;
        if (name && name in HELPERS) add(HELPERS[name], literal(node.arguments[0]));
        let symbol = checker.getSymbolAtLocation(node.expression);
        if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
        for (const declaration of symbol?.declarations ?? []) {
          const body = ours(declaration.getSourceFile()) ? bodyOf(declaration) : undefined;
          if (body && !seen.has(body)) {
            seen.add(body);
            visit(body);
          }
        }
      }
      node.forEachChild(visit);
    };
    visit(root);
  };

  /** The `canActivate` bodies of the guards a class or method names in `@UseGuards(…)`. */
  const guardsOf = (decorators: readonly ts.Decorator[]): ts.Node[] =>
    decorators.flatMap((d) => {
      if (!ts.isCallExpression(d.expression) || d.expression.expression.getText() !== 'UseGuards') return [];
      return d.expression.arguments.flatMap((arg) => {
        let symbol = checker.getSymbolAtLocation(arg);
        if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
        const declaration = symbol?.declarations?.find(ts.isClassDeclaration);
        const method = declaration?.members.find((m) => m.name?.getText() === 'canActivate');
        return method && ts.isMethodDeclaration(method) && method.body ? [method.body] : [];
      });
    });

  const operations = new Map<string, ErrorsByStatus>();
  for (const file of prog.getSourceFiles().filter((f) => ours(f) && f.fileName.endsWith('.controller.ts'))) {
    file.forEachChild(function each(node): void {
      if (ts.isClassDeclaration(node) && node.name) {
        for (const member of node.members) {
          if (!ts.isMethodDeclaration(member) || !member.body) continue;
          const decorators = ts.getDecorators(member) ?? [];
          const verb = decorators.some((d) => VERBS.has(d.expression.getText().split('(')[0]));
          if (!verb) continue;
          const found: ErrorsByStatus = {};
          const seen = new Set<ts.Node>();
          walk(member.body, found, seen);
          for (const guard of guardsOf([...(ts.getDecorators(node) ?? []), ...decorators])) walk(guard, found, seen);
          operations.set(`${node.name.text}_${(member.name as ts.Identifier).text}`, found);
        }
      }
    });
  }
  return operations;
}

type Doc = { paths: Record<string, Record<string, { operationId: string; responses: Record<string, unknown> }>> };

/** The codes docs/openapi.json lists per operation id and status. */
function documented(): Map<string, Set<string>> {
  const doc = JSON.parse(readFileSync(resolve(ROOT, 'docs/openapi.json'), 'utf8')) as Doc;
  const listed = new Map<string, Set<string>>();
  for (const operation of Object.values(doc.paths).flatMap((item) => Object.values(item))) {
    for (const [status, response] of Object.entries(operation.responses)) {
      const text = JSON.stringify(response);
      const codes = [...text.matchAll(/"enum":\[([^\]]*)\]/g)].flatMap(([, list]) => JSON.parse(`[${list}]`));
      listed.set(`${operation.operationId} ${status}`, new Set(codes));
    }
  }
  return listed;
}

if (require.main === module) {
  const scan = scanOperationErrors();
  if (process.argv.includes('--json')) console.log(JSON.stringify(Object.fromEntries(scan), null, 2));
  else {
    const listed = documented();
    let lacking = 0;
    const inDocument = new Set([...listed.keys()].map((key) => key.split(' ')[0]));
    for (const [id, found] of scan) {
      // Controllers kept out of the document (the metrics scrape) have nothing to list.
      if (!inDocument.has(id)) continue;
      for (const [status, codes] of Object.entries(found)) {
        const missing = codes.filter((code) => !listed.get(`${id} ${status}`)?.has(code));
        if (missing.length) console.log(`${id}: ${status} ${missing.join(', ')}`, ++lacking && '');
      }
    }
    console.log(`${scan.size} operations; ${lacking} statuses with codes that docs/openapi.json does not list`);
  }
}
