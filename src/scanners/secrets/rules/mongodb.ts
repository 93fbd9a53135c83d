// MongoDB Atlas secret rules (cloud family). Samples: __tests__/scanners/secrets/rules/mongodb.samples.ts.
import { defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken } from './build.js';

export const MONGODB_RULES: SecretRule[] = [
  // Atlas service account client secret (`mdb_sa_sk_`); its client id (`mdb_sa_id_` + 24 hex) is not secret.
  prefixedToken('mongodb-atlas-service-account-secret', 'MongoDB Atlas service account client secret', 'critical', { family: 'cloud', prefix: 'mdb_sa_sk_', body: '[A-Za-z0-9_-]{6}[A-Za-z0-9]{34}', anchored: true, minEntropy: 3.5 }),
];
