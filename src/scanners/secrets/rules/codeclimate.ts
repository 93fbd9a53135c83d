// Code Climate secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/codeclimate.samples.ts.
import type { SecretRule } from '../rule.js';
import { keywordAssigned, run } from './build.js';

export const CODECLIMATE_RULES: SecretRule[] = [
  // Code Climate calls it an "ID", but it is the write credential of a repository's coverage
  // uploads (cc-test-reporter reads it from CC_TEST_REPORTER_ID): 64 hex characters.
  keywordAssigned('codeclimate-test-reporter-id', 'Code Climate test reporter ID (coverage upload credential)', 'medium', {
    family: 'ci-cd',
    keywords: ['cc_test_reporter_id', 'codeclimate'],
    name: 'cc_test_reporter_id|codeclimate[\\w.-]{0,20}(?:repo[_.-]?token|reporter[_.-]?id)',
    value: run('a-f0-9', 64),
    anchored: true,
  }),
];
