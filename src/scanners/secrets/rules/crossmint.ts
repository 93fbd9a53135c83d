// Crossmint secret rules (saas family). Samples: __tests__/scanners/secrets/rules/crossmint.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';

export const CROSSMINT_RULES: SecretRule[] = [
  defineRule({
    // Server-side keys; the body is base58 (216 characters in public samples).
    id: 'crossmint-server-api-key',
    family: 'saas',
    description: 'Crossmint server-side API key',
    severity: 'high',
    keywords: ['sk_staging_', 'sk_production_'],
    anchored: true,
    pattern: /(sk_(?:staging|production)_[1-9A-HJ-NP-Za-km-z]{150,260})/,
    boundary: WORD_CHARS,
    minEntropy: 4.5,
  }),
  defineRule({
    // Client-side keys are restricted to configured origins and meant to ship in web and mobile apps.
    id: 'crossmint-client-api-key',
    family: 'saas',
    description: 'Crossmint client-side API key',
    severity: 'low',
    keywords: ['ck_staging_', 'ck_production_'],
    anchored: true,
    pattern: /(ck_(?:staging|production)_[1-9A-HJ-NP-Za-km-z]{150,260})/,
    boundary: WORD_CHARS,
    minEntropy: 4.5,
  }),
];
