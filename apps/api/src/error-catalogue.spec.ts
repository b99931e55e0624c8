import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ERROR_CATALOGUE } from '@lc/shared-contracts';
import { settingsSchema } from '@lc/api-shared';

const ROOT = resolve(__dirname, '../../..');

/** Upper-snake literals in the API sources that are not error codes, and why. */
const NOT_ERROR_CODES: Record<string, string> = {
  K4_OF_K3: 'a KPI code',
  ERR_JWT_EXPIRED: 'jose’s error code, read, never sent',
  EAI_AGAIN: 'a DNS error of the database driver',
  CREDENTIAL_ISSUER_KEY: 'a Nest injection token',
  PG_INT_DATA_DIR: 'a setting of the integration-test harness',
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return ['migrations', 'node_modules'].includes(entry.name) ? [] : sources(path);
    return /\.ts$/.test(entry.name) && !/spec\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** Where each code-shaped literal occurs: `'SOME_CODE'` anywhere, a one-word code only as `code: 'X'` or `['X', …`. */
function codesInApiSources(): Map<string, string> {
  const settings = new Set(Object.keys(settingsSchema.shape));
  const found = new Map<string, string>();
  for (const file of [...sources(join(ROOT, 'libs/api')), ...sources(join(ROOT, 'apps/api/src'))]) {
    const text = readFileSync(file, 'utf8');
    const literals = [
      ...text.matchAll(/['"`]([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)['"`]/g),
      ...text.matchAll(/(?:code: |\d: \[)'([A-Z]{4,})'/g),
    ];
    for (const [, code] of literals) {
      if (!settings.has(code) && !(code in NOT_ERROR_CODES)) found.set(code, relative(ROOT, file));
    }
  }
  return found;
}

describe('the error catalogue (libs/shared/contracts/src/lib/errors)', () => {
  const sent = codesInApiSources();

  it('has a Vietnamese and an English text for every code the API can send', () => {
    const missing = [...sent].filter(([code]) => !(code in ERROR_CATALOGUE)).map(([c, file]) => `${c} (${file})`);
    expect(missing).toEqual([]);
  });

  it('keeps no code that nothing sends', () => {
    expect(Object.keys(ERROR_CATALOGUE).filter((code) => !sent.has(code))).toEqual([]);
  });

  it('documents exactly the catalogue in docs/api-overview.md, and no other code', () => {
    const doc = readFileSync(join(ROOT, 'docs/api-overview.md'), 'utf8');
    const table = doc.slice(doc.indexOf('## Error codes'));
    const rows = [...table.matchAll(/^\| `([A-Z0-9_]+)` +\| (.*?) +\|$/gm)];
    expect(rows.map(([, code, en]) => [code, en])).toEqual(
      Object.entries(ERROR_CATALOGUE).map(([code, text]) => [code, text.en.replace(/\|/g, '\\|')]),
    );
    const named = [...doc.matchAll(/\b([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\b/g)].map((m) => m[1]);
    const unknown = named.filter((c) => !(c in ERROR_CATALOGUE) && !/^(RATE_LIMIT|DB|H5P_MAX)_/.test(c));
    expect([...new Set(unknown)].filter((c) => !/_(MS|MB|KB|URL|TOKEN|DIR|SECONDS|MINUTES)$/.test(c))).toEqual([]);
  });
});
