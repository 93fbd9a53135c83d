// Clay secret rules (saas family). Samples: __tests__/scanners/secrets/rules/clay.samples.ts.
import type { SecretRule } from '../rule.js';
import { keywordAssigned, run } from './build.js';

export const CLAY_RULES: SecretRule[] = [
  // 20 hex characters: only under a Clay credential name (`CLAY_API_KEY`, `clay key:`).
  keywordAssigned('clay-api-key', 'Clay API key', 'high', { family: 'saas', keywords: ['clay'], name: 'clay(?:[_. \\t-][\\w.-]{0,20}?)?(?:key|token|secret)', value: run('a-f0-9', 20), anchored: true }),
];
