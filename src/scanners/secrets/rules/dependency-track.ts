// Dependency-Track secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/dependency-track.samples.ts.
import { defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken } from './build.js';

export const DEPENDENCY_TRACK_RULES: SecretRule[] = [
  // Dependency-Track (Alpine) API keys with the default `odt_` prefix: `odt_` and a 32-character
  // secret (Alpine < 3.2), or `odt_<public id>_<secret>` since Alpine 3.2 (Dependency-Track 4.13),
  // the public id being 8 characters (5 for keys regenerated from a pre-3.2 key).
  prefixedToken('dependency-track-api-key', 'Dependency-Track API key', 'high', { family: 'ci-cd', prefix: 'odt_', body: '(?:[A-Za-z0-9]{5}_|[A-Za-z0-9]{8}_)?[A-Za-z0-9]{32}', anchored: true, minEntropy: 3.5 }),
];
