// Pulumi secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/pulumi.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';

export const PULUMI_RULES: SecretRule[] = [
  defineRule({
    id: 'pulumi-access-token',
    family: 'ci-cd',
    description: 'Pulumi access token',
    severity: 'high',
    keywords: ['pul-'],
    pattern: /(pul-[a-f0-9]{40})/,
    boundary: WORD_CHARS,
    minEntropy: 3,
  }),
];
