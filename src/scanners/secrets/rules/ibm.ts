// IBM Cloud secret rules (cloud family). Samples: __tests__/scanners/secrets/rules/ibm.samples.ts.
import { TOKEN_CHARS, type SecretRule } from '../rule.js';
import { keywordAssigned, run } from './build.js';

export const IBM_RULES: SecretRule[] = [
  keywordAssigned('ibm-cloud-api-key', 'IBM Cloud API key', 'critical', {
    family: 'cloud',
    keywords: ['ibm'],
    name: 'ibm[_.-]?(?:cloud[_.-]?)?(?:api[_.-]?key|apikey|iam[_.-]?key)',
    value: run('A-Za-z0-9_-', 44),
    anchored: true,
    boundary: TOKEN_CHARS,
    minEntropy: 3.5,
  }),
];
