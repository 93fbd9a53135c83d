// GoCardless secret rules (payments family). Samples: __tests__/scanners/secrets/rules/gocardless.samples.ts.
import { TOKEN_CHARS, type SecretRule } from '../rule.js';
import { keywordAssigned } from './build.js';

export const GOCARDLESS_RULES: SecretRule[] = [
  keywordAssigned('gocardless-api-token', 'GoCardless live access token', 'critical', { family: 'payments', keywords: ['gocardless'], value: 'live_[A-Za-z0-9_=-]{40}', boundary: TOKEN_CHARS, minEntropy: 3.5 }),
];
