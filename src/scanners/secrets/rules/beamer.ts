// Beamer secret rules (saas family). Samples: __tests__/scanners/secrets/rules/beamer.samples.ts.
import type { SecretRule } from '../rule.js';
import { keywordAssigned } from './build.js';

export const BEAMER_RULES: SecretRule[] = [
  // `b_` + 44 characters, under a Beamer name (`BEAMER_API_KEY`, the `Beamer-Api-Key` header).
  keywordAssigned('beamer-api-key', 'Beamer API key', 'high', { family: 'saas', keywords: ['beamer'], form: 'provider', value: 'b_[A-Za-z0-9+/=_-]{44}', anchored: true, boundary: 'A-Za-z0-9+/_-', minEntropy: 3.5 }),
];
