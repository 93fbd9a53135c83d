// X (Twitter) secret rules (messaging family). Samples: __tests__/scanners/secrets/rules/twitter.samples.ts.
import type { SecretRule } from '../rule.js';
import { keywordAssigned, prefixedToken } from './build.js';

export const TWITTER_RULES: SecretRule[] = [
  // App-only bearer tokens open with 22 `A`s; the rest may be URL-encoded (`%3D`).
  prefixedToken('twitter-bearer-token', 'X (Twitter) bearer token', 'high', {
    family: 'messaging',
    prefix: 'A'.repeat(22),
    body: '[A-Za-z0-9%]{80,100}',
    boundary: 'A-Za-z0-9%',
    minEntropy: undefined,
    validate: (s) => /[a-z0-9%]/.test(s.slice(22)),
  }),
  keywordAssigned('twitter-api-secret', 'X (Twitter) API secret', 'high', { family: 'messaging', keywords: ['twitter'], credential: 'secret', value: '[A-Za-z0-9]{45,50}', anchored: true, minEntropy: 4 }),
];
