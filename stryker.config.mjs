// Mutation testing of the layer that decides: `npm run mutate`.
// Only the tests of that layer run (not the scanner corpus, not the e2e tests against dist/),
// and perTest coverage runs each mutant against the tests that reach it.
// The golden and policy tests run the whole engine; one scan thread per test run spares the
// machine a pool of scan workers per mutant (the test processes inherit this).
process.env.READINESS_GATE_THREADS ??= '1';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  // The suite is ESM under jest: the test workers need vm modules, as `npm test` passes them.
  testRunnerNodeArgs: ['--experimental-vm-modules', '--no-warnings'],
  jest: {
    projectType: 'custom',
    configFile: 'jest.config.js',
    config: {
      testMatch: [
        '<rootDir>/__tests__/controls/**/*.test.ts',
        '<rootDir>/__tests__/scorecard/**/*.test.ts',
        '<rootDir>/__tests__/policy/**/*.test.ts',
        '<rootDir>/__tests__/render/**/*.test.ts',
      ],
      // Whole-engine tests (every scanner loaded, a tree scanned) cost seconds per mutant and
      // decide nothing the unit tests of these folders do not: they stay in `npm test` only.
      testPathIgnorePatterns: ['/node_modules/', '/__tests__/policy/finding-policy\\.test\\.ts$', '/__tests__/render/no-secret-leak\\.test\\.ts$'],
    },
    enableFindRelatedTests: false,
  },
  coverageAnalysis: 'perTest',
  mutate: ['src/controls/**/*.ts', 'src/scorecard/**/*.ts', 'src/policy/**/*.ts', 'src/render/**/*.ts'],
  // Type-checking each mutant is `npm run lint`'s job; a mutant that breaks types still runs.
  disableTypeChecks: true,
  ignorePatterns: ['dist', 'schema', 'reports', 'coverage', '.bench'],
  concurrency: 2,
  // A mutant that loops is a detected mutant; waiting long for it only slows the run.
  timeoutMS: 5000,
  reporters: ['json', 'html', 'clear-text', 'progress'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
