// Dependency-Track API secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/dependency-track.samples.ts.
import { defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';

export const DEPENDENCY_TRACK_RULES: SecretRule[] = [
  defineRule({
    // Dependency-Track (Alpine) API keys with the default `odt_` prefix: `odt_` and a 32-character
    // secret (Alpine < 3.2), or `odt_<public id>_<secret>` since Alpine 3.2 (Dependency-Track 4.13),
    // the public id being 8 characters (5 for keys regenerated from a pre-3.2 key).
    id: 'dependency-track-api-key',
    family: 'ci-cd',
    description: 'Dependency-Track API key',
    severity: 'high',
    keywords: ['odt_'],
    anchored: true,
    pattern: /(odt_(?:[A-Za-z0-9]{5}_|[A-Za-z0-9]{8}_)?[A-Za-z0-9]{32})/,
    boundary: TOKEN_CHARS,
    minEntropy: 3.5,
  }),
];
