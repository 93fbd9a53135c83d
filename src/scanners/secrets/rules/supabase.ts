// Supabase secret rules (cloud family). Samples: __tests__/scanners/secrets/rules/supabase.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const SUPABASE_RULES: SecretRule[] = [
  prefixedToken('supabase-access-token', 'Supabase personal access token', 'high', { family: 'cloud', prefix: 'sbp_', body: run('a-f0-9', 40), boundary: WORD_CHARS }),
];
