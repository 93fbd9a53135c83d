// NuGet.org secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/nuget.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const NUGET_RULES: SecretRule[] = [
  prefixedToken('nuget-api-key', 'NuGet.org API key', 'high', { family: 'ci-cd', prefix: 'oy2', body: run('a-z0-9', 43), boundary: WORD_CHARS, minEntropy: 3.5 }),
];
