// IBM Cloud secret rules (cloud family). Samples: __tests__/scanners/secrets/rules/ibm.samples.ts.
import { assignmentPattern, defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';

export const IBM_RULES: SecretRule[] = [
  defineRule({
    id: 'ibm-cloud-api-key',
    family: 'cloud',
    description: 'IBM Cloud API key',
    severity: 'critical',
    keywords: ['ibm'],
    anchored: true,
    pattern: assignmentPattern('ibm[_.-]?(?:cloud[_.-]?)?(?:api[_.-]?key|apikey|iam[_.-]?key)', '[A-Za-z0-9_-]{44}'),
    boundary: TOKEN_CHARS,
    minEntropy: 3.5,
  }),
];
