import nx from '@nx/eslint-plugin';
import baseConfig from './eslint.config.mjs';

/** What every Angular project adds to the base rules: Angular's lint rules and our `lp` selector prefix. */
export default [
  ...nx.configs['flat/angular'],
  ...nx.configs['flat/angular-template'],
  ...baseConfig,
  {
    files: ['**/*.ts'],
    rules: {
      '@angular-eslint/directive-selector': ['error', { type: 'attribute', prefix: 'lp', style: 'camelCase' }],
      '@angular-eslint/component-selector': ['error', { type: 'element', prefix: 'lp', style: 'kebab-case' }],
    },
  },
  {
    // `instant()` returns `any`: a translated string once passed for a UiMessage and crashed rendering. The typed
    // wrapper is the one caller. (type:ui libraries cannot import data-access, and keep their few calls.)
    files: ['libs/web/*/feature/**/*.ts', 'libs/web/*/data-access/**/*.ts'],
    ignores: ['libs/web/shared/data-access/src/lib/translate-text.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.type='MemberExpression'][callee.property.name='instant']",
          message:
            "instant() returns any: use translateText(translate, key, params) from '@lc/web-shared-data-access'.",
        },
      ],
    },
  },
];
