// NuGet.org API secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/nuget.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';

export const NUGET_RULES: SecretRule[] = [
  defineRule({
    id: 'nuget-api-key',
    family: 'ci-cd',
    description: 'NuGet.org API key',
    severity: 'high',
    keywords: ['oy2'],
    pattern: /(oy2[a-z0-9]{43})/,
    boundary: WORD_CHARS,
    minEntropy: 3.5,
  }),
];
