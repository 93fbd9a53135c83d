// Octopus Deploy API secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/octopus-deploy.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';

export const OCTOPUS_DEPLOY_RULES: SecretRule[] = [
  defineRule({
    id: 'octopus-deploy-api-key',
    family: 'ci-cd',
    description: 'Octopus Deploy API key',
    severity: 'high',
    keywords: ['api-'],
    anchored: true,
    pattern: /(API-[A-Z0-9]{26})/,
    boundary: WORD_CHARS,
    minEntropy: 3.5,
  }),
];
