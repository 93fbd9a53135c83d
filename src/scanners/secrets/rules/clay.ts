// Clay secret rules (saas family). Samples: __tests__/scanners/secrets/rules/clay.samples.ts.
import { assignmentPattern, defineRule, WORD_CHARS, type SecretRule } from '../rule.js';

export const CLAY_RULES: SecretRule[] = [
  defineRule({
    id: 'clay-api-key',
    family: 'saas',
    description: 'Clay API key',
    severity: 'high',
    keywords: ['clay'],
    anchored: true,
    // 20 hex characters: only under a Clay credential name (`CLAY_API_KEY`, `clay key:`).
    pattern: assignmentPattern('clay(?:[_. \\t-][\\w.-]{0,20}?)?(?:key|token|secret)', '[a-f0-9]{20}'),
    boundary: WORD_CHARS,
    minEntropy: 3,
  }),
];
