// Tencent Cloud secret rules (cloud family). Samples: __tests__/scanners/secrets/rules/tencent.samples.ts.
import { assignmentPattern, defineRule, WORD_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const TENCENT_RULES: SecretRule[] = [
  prefixedToken('tencent-cloud-secret-id', 'Tencent Cloud SecretId', 'high', { family: 'cloud', prefix: 'AKID', body: run('A-Za-z0-9', 32), boundary: WORD_CHARS, minEntropy: 3.5 }),
  defineRule({
    id: 'tencent-cloud-secret-key',
    family: 'cloud',
    description: 'Tencent Cloud SecretKey',
    severity: 'critical',
    keywords: ['tencent'],
    pattern: assignmentPattern('tencent(?:cloud)?[_.-]?secret[_.-]?key', '[A-Za-z0-9]{32}'),
    boundary: WORD_CHARS,
    minEntropy: 3.5,
  }),
];
