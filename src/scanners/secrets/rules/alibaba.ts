// Alibaba Cloud secret rules (cloud family). Samples: __tests__/scanners/secrets/rules/alibaba.samples.ts.
import { WORD_CHARS, type SecretRule } from '../rule.js';
import { keywordAssigned, prefixedToken, run } from './build.js';

export const ALIBABA_RULES: SecretRule[] = [
  prefixedToken('alibaba-access-key-id', 'Alibaba Cloud AccessKey ID', 'high', { family: 'cloud', prefix: 'LTAI', body: run('A-Za-z0-9', 20), boundary: WORD_CHARS }),
  keywordAssigned('alibaba-access-key-secret', 'Alibaba Cloud AccessKey secret', 'critical', { family: 'cloud', keywords: ['alibaba', 'aliyun'], value: run('A-Za-z0-9', 30), minEntropy: 3.5 }),
];
