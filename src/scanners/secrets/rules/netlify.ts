// Netlify secret rules (saas family). Samples: __tests__/scanners/secrets/rules/netlify.samples.ts.
import { assignmentPattern, defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';

export const NETLIFY_RULES: SecretRule[] = [
  defineRule({
    id: 'netlify-access-token',
    family: 'saas',
    description: 'Netlify access token',
    severity: 'high',
    keywords: ['netlify'],
    pattern: assignmentPattern('netlify[\\w.-]{0,20}(?:token|key)', '(?:nfp_)?[A-Za-z0-9_-]{40,46}'),
    boundary: TOKEN_CHARS,
    minEntropy: 3.5,
  }),
];
