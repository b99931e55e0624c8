// The libraries are ES5 scripts for the browser: the specs run them in jsdom on H5P's own core
// (the frame bundle h5p-standalone plays them with), never through a module loader.
module.exports = {
  displayName: 'h5p-libraries',
  preset: '../../jest.preset.js',
  testEnvironment: 'jsdom',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js'],
  coverageDirectory: '../../coverage/content/h5p-libraries',
};
