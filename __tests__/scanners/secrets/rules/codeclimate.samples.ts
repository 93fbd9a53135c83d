// True and false samples of src/scanners/secrets/rules/codeclimate.ts, built when the tests run.
import { fake, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'codeclimate-test-reporter-id': {
    match: [
      `CC_TEST_REPORTER_ID: ${fake(HEX, 64, 'cc-1')}`,
      `export CC_TEST_REPORTER_ID=${fake(HEX, 64, 'cc-2')}`,
      `codeclimate-test-reporter-id: "${fake(HEX, 64, 'cc-3')}"`,
    ],
    noMatch: [
      'CC_TEST_REPORTER_ID: ${{ secrets.CC_TEST_REPORTER_ID }}',
      `CC_TEST_REPORTER_ID=${fake(HEX, 40, 'cc-4')}`,
      `CC_TEST_REPORTER_ID=${'x'.repeat(64)}`,
    ],
    files: [
      {
        name: 'a GitHub Actions workflow that uploads coverage to Code Climate with a literal reporter ID',
        path: '.github/workflows/coverage.yml',
        text: [
          'name: coverage',
          'on: push',
          'jobs:',
          '  test:',
          '    runs-on: ubuntu-latest',
          '    steps:',
          '      - uses: actions/checkout@v4',
          '      - uses: paambaati/codeclimate-action@v9',
          '        env:',
          `          CC_TEST_REPORTER_ID: ${fake(HEX, 64, 'ci-cc-1')}`,
          '        with:',
          '          coverageCommand: npm run coverage',
        ].join('\n'),
        findings: [['codeclimate-test-reporter-id', 10]],
      },
    ],
  },
};
