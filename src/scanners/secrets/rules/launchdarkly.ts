// LaunchDarkly secret rules (saas family). Samples: __tests__/scanners/secrets/rules/launchdarkly.samples.ts.
import { defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';

export const LAUNCHDARKLY_RULES: SecretRule[] = [
  defineRule({
    id: 'launchdarkly-token',
    family: 'saas',
    description: 'LaunchDarkly API access token or SDK key',
    severity: 'high',
    keywords: ['launchdarkly', 'launch_darkly', 'ld_sdk', 'ld_api'],
    pattern: /((?:api|sdk)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/,
    boundary: TOKEN_CHARS,
    minEntropy: 3,
  }),
];
