// Doppler secret rules (saas family). Samples: __tests__/scanners/secrets/rules/doppler.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';

export const DOPPLER_RULES: SecretRule[] = [
  defineRule({
    id: 'doppler-token',
    family: 'saas',
    description: 'Doppler token',
    severity: 'critical',
    keywords: ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.'],
    pattern: /(dp\.(?:pt|st|sa|ct|scim|audit)\.(?:[a-z0-9_-]{2,35}\.)?[A-Za-z0-9]{40,44})/,
    boundary: WORD_CHARS,
    minEntropy: 3.5,
  }),
];
