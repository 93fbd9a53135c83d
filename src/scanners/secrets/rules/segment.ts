// Segment (Twilio Segment) secret rules (saas family). Samples: __tests__/scanners/secrets/rules/segment.samples.ts.
import type { SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const SEGMENT_RULES: SecretRule[] = [
  // Public API tokens: `sgp_` and 64 alphanumerics (Sourcegraph's `sgp_` tokens are 40 hex, see sourcegraph.ts).
  prefixedToken('segment-public-api-token', 'Segment Public API token', 'high', { family: 'saas', prefix: 'sgp_', body: run('A-Za-z0-9', 64), anchored: true, minEntropy: 4 }),
];
