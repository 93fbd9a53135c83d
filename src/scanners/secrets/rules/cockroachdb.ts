// CockroachDB Cloud secret rules (cloud family). Samples: __tests__/scanners/secrets/rules/cockroachdb.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';

export const COCKROACHDB_RULES: SecretRule[] = [
  defineRule({
    // Service account API key: `CCDB1_`, a 22-character key id, `_`, a 40-character secret.
    id: 'cockroachdb-cloud-api-key',
    family: 'cloud',
    description: 'CockroachDB Cloud service account API key',
    severity: 'critical',
    keywords: ['ccdb1_'],
    anchored: true,
    pattern: /(CCDB1_[A-Za-z0-9]{22}_[A-Za-z0-9]{40})/,
    boundary: WORD_CHARS,
    minEntropy: 3.5,
  }),
];
