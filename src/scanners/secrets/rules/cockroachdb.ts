// CockroachDB Cloud secret rules (cloud family). Samples: __tests__/scanners/secrets/rules/cockroachdb.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken } from './build.js';

export const COCKROACHDB_RULES: SecretRule[] = [
  // Service account API key: `CCDB1_`, a 22-character key id, `_`, a 40-character secret.
  prefixedToken('cockroachdb-cloud-api-key', 'CockroachDB Cloud service account API key', 'critical', { family: 'cloud', prefix: 'CCDB1_', body: '[A-Za-z0-9]{22}_[A-Za-z0-9]{40}', anchored: true, boundary: WORD_CHARS, minEntropy: 3.5 }),
];
