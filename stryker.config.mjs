// Mutation testing of the layer that decides: `npm run mutate` (see scripts/mutate.mjs).
// Only the tests of that layer run (not the scanner corpus, not the e2e tests against dist/),
// and perTest coverage runs each mutant against the tests that reach it.
// `npm run mutate -- --folder policy` sets MUTATE_FOLDERS: only that folder's sources are
// mutated, only its tests (__tests__/<folder>/) run, and its incremental file and report are
// its own, so one folder can be scored, and re-scored, in minutes.
// The golden and policy tests run the whole engine; one scan thread per test run spares the
// machine a pool of scan workers per mutant (the test processes inherit this).
process.env.READINESS_GATE_THREADS ??= '1';

export const LAYERS = ['controls', 'scorecard', 'policy', 'render'];
const folders = (process.env.MUTATE_FOLDERS ?? LAYERS.join(',')).split(',').filter(Boolean);
for (const f of folders) if (!LAYERS.includes(f)) throw new Error(`MUTATE_FOLDERS: unknown folder ${f} (one of ${LAYERS.join(', ')})`);
const tag = folders.length === LAYERS.length ? 'all' : folders.join('-');

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
      testMatch: folders.map((f) => `<rootDir>/__tests__/${f}/**/*.test.ts`),
      // Whole-engine tests (every scanner loaded, a tree scanned) cost seconds per mutant and
      // decide nothing the unit tests of these folders do not: they stay in `npm test` only.
      testPathIgnorePatterns: ['/node_modules/', '/__tests__/policy/finding-policy\\.test\\.ts$', '/__tests__/render/no-secret-leak\\.test\\.ts$'],
    },
    // A mutant runs only the test files that import the mutated file (jest --findRelatedTests),
    // filtered further to the tests that reached it (perTest): jest no longer loads every
    // test file of the layer for each mutant.
    enableFindRelatedTests: true,
  },
  coverageAnalysis: 'perTest',
  mutate: folders.map((f) => `src/${f}/**/*.ts`),
  // Static mutants (module-level constants) would run every test for each of them; they are
  // left out of the score (Stryker reports them as Ignored).
  ignoreStatic: true,
  // Mutants whose code and tests did not change keep their last result.
  incremental: true,
  incrementalFile: `reports/mutation/incremental-${tag}.json`,
  // Type-checking each mutant is `npm run lint`'s job; a mutant that breaks types still runs.
  disableTypeChecks: true,
  ignorePatterns: ['dist', 'schema', 'reports', 'coverage', '.bench', '.stryker-tmp'],
  // The machine is shared: two test processes at most (`--concurrency 1` on a busy one).
  concurrency: 2,
  // A mutant that loops is a detected mutant; waiting long for it only slows the run.
  timeoutMS: 5000,
  reporters: ['json', 'html', 'clear-text', 'progress'],
  jsonReporter: { fileName: `reports/mutation/mutation-${tag}.json` },
  htmlReporter: { fileName: `reports/mutation/mutation-${tag}.html` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
