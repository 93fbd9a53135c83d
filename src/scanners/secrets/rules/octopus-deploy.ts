// Octopus Deploy secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/octopus-deploy.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const OCTOPUS_DEPLOY_RULES: SecretRule[] = [
  prefixedToken('octopus-deploy-api-key', 'Octopus Deploy API key', 'high', { family: 'ci-cd', prefix: 'API-', body: run('A-Z0-9', 26), anchored: true, boundary: WORD_CHARS, minEntropy: 3.5 }),
];
