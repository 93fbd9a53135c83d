// Contentful secret rules (saas family). Samples: __tests__/scanners/secrets/rules/contentful.samples.ts.
import { type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const CONTENTFUL_RULES: SecretRule[] = [
  prefixedToken('contentful-pat', 'Contentful personal access token', 'high', { family: 'saas', prefix: 'CFPAT-', body: run('A-Za-z0-9_-', 43), minEntropy: 3.5 }),
];
