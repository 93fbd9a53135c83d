// LaunchDarkly secret rules (saas family). Samples: __tests__/scanners/secrets/rules/launchdarkly.samples.ts.
import type { SecretRule } from '../rule.js';
import { prefixedToken, UUID } from './build.js';

export const LAUNCHDARKLY_RULES: SecretRule[] = [
  // `api-` or `sdk-` and a UUID: the prefixes are too common to look for, the provider names decide.
  prefixedToken('launchdarkly-token', 'LaunchDarkly API access token or SDK key', 'high', { family: 'saas', prefix: ['api-', 'sdk-'], keywords: ['launchdarkly', 'launch_darkly', 'ld_sdk', 'ld_api'], body: UUID }),
];
