// Tencent Cloud secret rules (cloud family). Samples: __tests__/scanners/secrets/rules/tencent.samples.ts.
import { WORD_CHARS, type SecretRule } from '../rule.js';
import { keywordAssigned, prefixedToken, run } from './build.js';

export const TENCENT_RULES: SecretRule[] = [
  prefixedToken('tencent-cloud-secret-id', 'Tencent Cloud SecretId', 'high', { family: 'cloud', prefix: 'AKID', body: run('A-Za-z0-9', 32), boundary: WORD_CHARS, minEntropy: 3.5 }),
  keywordAssigned('tencent-cloud-secret-key', 'Tencent Cloud SecretKey', 'critical', { family: 'cloud', keywords: ['tencent'], name: 'tencent(?:cloud)?[_.-]?secret[_.-]?key', value: run('A-Za-z0-9', 32), minEntropy: 3.5 }),
];
