// pyx (Astral) secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/pyx.samples.ts.
import { defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';

export const PYX_RULES: SecretRule[] = [
  defineRule({
    // pyx (Astral's package registry) API keys, read by uv from PYX_API_KEY: `sk-pyx-` and 64
    // alphanumerics (v1) or `sk-pyx-2` and 45 letters (v2); `tp-pyx-` tokens likewise.
    id: 'pyx-api-key',
    family: 'ci-cd',
    description: 'pyx (Astral) API key',
    severity: 'high',
    keywords: ['sk-pyx-', 'tp-pyx-'],
    anchored: true,
    pattern: /((?:sk|tp)-pyx-[A-Za-z0-9]{40,64})/,
    boundary: TOKEN_CHARS,
    minEntropy: 3.5,
  }),
];
