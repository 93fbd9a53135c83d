// Code Climate secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/codeclimate.samples.ts.
import { assignmentPattern, defineRule, WORD_CHARS, type SecretRule } from '../rule.js';

export const CODECLIMATE_RULES: SecretRule[] = [
  defineRule({
    // Code Climate calls it an "ID", but it is the write credential of a repository's coverage
    // uploads (cc-test-reporter reads it from CC_TEST_REPORTER_ID): 64 hex characters.
    id: 'codeclimate-test-reporter-id',
    family: 'ci-cd',
    description: 'Code Climate test reporter ID (coverage upload credential)',
    severity: 'medium',
    keywords: ['cc_test_reporter_id', 'codeclimate'],
    anchored: true,
    pattern: assignmentPattern('cc_test_reporter_id|codeclimate[\\w.-]{0,20}(?:repo[_.-]?token|reporter[_.-]?id)', '[a-f0-9]{64}'),
    boundary: WORD_CHARS,
    minEntropy: 3,
  }),
];
