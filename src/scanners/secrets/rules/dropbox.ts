// Dropbox secret rules (saas family). Samples: __tests__/scanners/secrets/rules/dropbox.samples.ts.
import type { SecretRule } from '../rule.js';
import { prefixedToken } from './build.js';

export const DROPBOX_RULES: SecretRule[] = [
  // Short-lived OAuth access tokens: `sl.` and 130-152 base64url characters, or the longer `sl.u.` form.
  prefixedToken('dropbox-short-lived-token', 'Dropbox short-lived access token', 'high', { family: 'saas', prefix: 'sl.', body: '(?:u\\.[A-Za-z0-9_-]{100,2000}|[A-Za-z0-9_-]{130,152})', anchored: true, minEntropy: 4 }),
];
