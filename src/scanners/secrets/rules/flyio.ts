// Fly.io secret rules (cloud family). Samples: __tests__/scanners/secrets/rules/flyio.samples.ts.
import { ALNUM_CHARS, defineRule, type SecretRule } from '../rule.js';

export const FLYIO_RULES: SecretRule[] = [
  defineRule({
    // One-off: two token formats under one id, each prefix with its own body (`fo1_` and 43
    // base64url characters; `fm1a_`, `fm1r_`, `fm2_` macaroons in base64).
    id: 'flyio-access-token',
    family: 'cloud',
    description: 'Fly.io access token',
    severity: 'high',
    keywords: ['fo1_', 'fm1a_', 'fm1r_', 'fm2_'],
    pattern: /(fo1_[A-Za-z0-9_-]{43}|(?:fm1[ar]|fm2)_[A-Za-z0-9+/]{100,1500}={0,3})/,
    // A prefix inside a longer token (`xfo1_...`) is not a Fly.io token.
    boundary: ALNUM_CHARS,
    minEntropy: 4,
  }),
];
