// Pulumi secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/pulumi.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const PULUMI_RULES: SecretRule[] = [
  prefixedToken('pulumi-access-token', 'Pulumi access token', 'high', { family: 'ci-cd', prefix: 'pul-', body: run('a-f0-9', 40), boundary: WORD_CHARS }),
];
