// PostHog personal API keys (saas family): `phx_` and 43 characters. Project keys (`phc_`) are
// public by design (they ship in every page that loads the snippet) and are not reported.
// Samples: __tests__/scanners/secrets/rules/posthog.samples.ts.
import type { SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const POSTHOG_RULES: SecretRule[] = [
  prefixedToken('posthog-personal-api-key', 'PostHog personal API key', 'high', { family: 'saas', prefix: 'phx_', body: run('A-Za-z0-9_', 43), anchored: true, minEntropy: 3.5 }),
];
