// Doppler secret rules (saas family). Samples: __tests__/scanners/secrets/rules/doppler.samples.ts.
import { WORD_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken } from './build.js';

export const DOPPLER_RULES: SecretRule[] = [
  // `dp.<kind>.`, an optional environment or name segment, then 40-44 alphanumerics.
  prefixedToken('doppler-token', 'Doppler token', 'critical', {
    family: 'saas',
    prefix: ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.'],
    body: '(?:[a-z0-9_-]{2,35}\\.)?[A-Za-z0-9]{40,44}',
    boundary: WORD_CHARS,
    minEntropy: 3.5,
  }),
];
