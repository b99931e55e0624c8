/* Integration tests: the whole API over HTTP on real PostgreSQL with the real migrations. */
export default {
  displayName: 'api-integration',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.int-spec.ts'],
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  globalSetup: '<rootDir>/../../tools/testing/int-global-setup.mjs',
  globalTeardown: '<rootDir>/../../tools/testing/int-global-teardown.mjs',
  setupFiles: ['<rootDir>/src/testing/int-env.ts'],
  testTimeout: 30000,
};
