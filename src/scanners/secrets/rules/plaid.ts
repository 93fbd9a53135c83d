// Plaid secret rules (payments family). Samples: __tests__/scanners/secrets/rules/plaid.samples.ts.
import type { SecretRule } from '../rule.js';
import { keywordAssigned, prefixedToken, run, UUID } from './build.js';

export const PLAID_RULES: SecretRule[] = [
  prefixedToken('plaid-access-token', 'Plaid access token', 'high', { family: 'payments', prefix: ['access-production-', 'access-development-', 'access-sandbox-'], body: UUID }),
  keywordAssigned('plaid-secret', 'Plaid secret', 'critical', { family: 'payments', keywords: ['plaid'], credential: 'secret', value: run('a-z0-9', 30), minEntropy: 3.5 }),
];
