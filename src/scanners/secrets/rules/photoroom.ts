// Photoroom secret rules (ai family). Samples: __tests__/scanners/secrets/rules/photoroom.samples.ts.
import type { SecretRule } from '../rule.js';
import { prefixedToken } from './build.js';

export const PHOTOROOM_RULES: SecretRule[] = [
  // API keys are `sk_pr_<key name>_<40 hex>`; sandbox keys carry a `sandbox_` lead.
  prefixedToken('photoroom-api-key', 'Photoroom API key', 'high', { family: 'ai', prefix: ['sk_pr_', 'sandbox_sk_pr_'], body: '[A-Za-z0-9]{1,64}_[a-fA-F0-9]{40}', anchored: true }),
];
