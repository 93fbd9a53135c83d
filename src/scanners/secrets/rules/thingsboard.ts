// ThingsBoard device access tokens (saas family): the token is part of the device API's URLs
// (`/api/v1/<token>/telemetry`), and lets anyone post as the device. Samples:
// __tests__/scanners/secrets/rules/thingsboard.samples.ts.
import { defineRule, ALNUM_CHARS, type SecretRule } from '../rule.js';

export const THINGSBOARD_RULES: SecretRule[] = [
  defineRule({
    id: 'thingsboard-access-token',
    family: 'saas',
    description: 'ThingsBoard device access token',
    severity: 'high',
    keywords: ['thingsboard'],
    anchored: true,
    // thingsboard.cloud, eu.thingsboard.cloud, demo.thingsboard.io or a self-hosted thingsboard.* host.
    pattern: /thingsboard(?:\.[a-z0-9-]{1,60}){1,3}(?::[0-9]{1,5})?\/api\/v1\/([A-Za-z0-9]{20})\/(?:telemetry|attributes|rpc|claim|firmware|software)/,
    boundary: ALNUM_CHARS,
    minEntropy: 3,
    validate: (s) => /[0-9]/.test(s) && /[A-Za-z]/.test(s),
  }),
];
