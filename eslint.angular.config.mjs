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
];
