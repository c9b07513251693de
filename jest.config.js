// @ts-check
/** Three sizes of test: `unit` (pure logic, beside the code), `workflow` (time-skipping server) and `e2e`
 *  (dev server, Postgres, SMTP), the last two under test/ with real servers started by the global setup. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

const moduleNameMapper = {
  '^@duban/(domain|contracts|temporal|config|persistence|notifications)$': '<rootDir>/libs/$1/src',
  '^@duban/domain/(chase)$': '<rootDir>/libs/domain/src/$1',
  '^@duban/(workflows|activities)$': '<rootDir>/$1/src',
  '^@duban/(api|worker)/(.*)$': '<rootDir>/apps/$1/src/$2',
};

const common = { transform: { '^.+\\.ts$': swc }, moduleNameMapper, testEnvironment: 'node', rootDir: __dirname };

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{libs,apps,workflows,activities}/**/src/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      setupFiles: ['<rootDir>/test/support/quiet-temporal.ts'],
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      slowTestThreshold: 60,
    },
  ],
  testTimeout: 120_000,
};
