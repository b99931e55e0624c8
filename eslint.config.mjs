import nx from '@nx/eslint-plugin';
import seams from './eslint.seams.config.mjs';

// Contexts may depend on themselves and on anything earlier in this list, never later: no cycles,
// and nothing depends on reporting (STYLE.md §5).
const scopes = ['shared', 'areas', 'identity', 'records', 'catalog', 'assessment', 'certification', 'reporting'];
const scopeConstraints = scopes.map((scope, i) => ({
  sourceTag: `scope:${scope}`,
  onlyDependOnLibsWithTags: scopes.slice(0, i + 1).map((s) => `scope:${s}`),
}));

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/out-tsc', '**/node_modules', 'content/h5p-libraries/**', '.data/**', 'test-results/**'],
  },
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs', '**/*.cjs'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          banTransitiveDependencies: false,
          allow: ['^.*/eslint(\\.[a-z]+)?\\.config\\.[cm]?[jt]s$'],
          depConstraints: [
            { sourceTag: 'platform:api', onlyDependOnLibsWithTags: ['platform:api', 'platform:shared'] },
            { sourceTag: 'platform:web', onlyDependOnLibsWithTags: ['platform:web', 'platform:shared'] },
            {
              sourceTag: 'platform:shared',
              onlyDependOnLibsWithTags: ['platform:shared'],
              // Shared libraries are pure TypeScript that both the API and the browser load (ADR 0028).
              bannedExternalImports: ['@nestjs/*', 'typeorm', '@angular/*', 'express'],
            },
            { sourceTag: 'platform:e2e', onlyDependOnLibsWithTags: ['platform:shared'] },
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util'],
            },
            {
              sourceTag: 'type:feature',
              onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util'],
            },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util'] },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:util'] },
            ...scopeConstraints,
          ],
        },
      ],
    },
  },
  ...seams,
  {
    // Settings come typed from the config module (docs/adr/0034); a stray read would skip its checks and defaults.
    files: ['apps/api/**/*.ts', 'libs/api/**/*.ts'],
    ignores: ['apps/api/src/config/env.ts', 'apps/api/src/testing/int-env.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Inject AppConfig (or use apps/api/src/config/env.ts).' },
      ],
    },
  },
];
