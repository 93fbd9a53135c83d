// Supabase secret rules (cloud family). Samples: __tests__/scanners/secrets/rules/supabase.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';

export const SUPABASE_RULES: SecretRule[] = [
  defineRule({
    id: 'supabase-access-token',
    family: 'cloud',
    description: 'Supabase personal access token',
    severity: 'high',
    keywords: ['sbp_'],
    pattern: /(sbp_[a-f0-9]{40})/,
    boundary: WORD_CHARS,
    minEntropy: 3,
  }),
];
