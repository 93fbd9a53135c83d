// MongoDB Atlas secret rules (cloud family). Samples: __tests__/scanners/secrets/rules/mongodb.samples.ts.
import { defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';

export const MONGODB_RULES: SecretRule[] = [
  defineRule({
    // Atlas service account client secret (`mdb_sa_sk_`); its client id (`mdb_sa_id_` + 24 hex) is not secret.
    id: 'mongodb-atlas-service-account-secret',
    family: 'cloud',
    description: 'MongoDB Atlas service account client secret',
    severity: 'critical',
    keywords: ['mdb_sa_sk_'],
    anchored: true,
    pattern: /(mdb_sa_sk_[A-Za-z0-9_-]{6}[A-Za-z0-9]{34})/,
    boundary: TOKEN_CHARS,
    minEntropy: 3.5,
  }),
];
