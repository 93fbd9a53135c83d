// Alibaba Cloud secret rules (cloud family). Samples: __tests__/scanners/secrets/rules/alibaba.samples.ts.
import { assignmentPattern, defineRule, WORD_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const ALIBABA_RULES: SecretRule[] = [
  prefixedToken('alibaba-access-key-id', 'Alibaba Cloud AccessKey ID', 'high', { family: 'cloud', prefix: 'LTAI', body: run('A-Za-z0-9', 20), boundary: WORD_CHARS }),
  defineRule({
    id: 'alibaba-access-key-secret',
    family: 'cloud',
    description: 'Alibaba Cloud AccessKey secret',
    severity: 'critical',
    keywords: ['alibaba', 'aliyun'],
    pattern: assignmentPattern('alibaba|aliyun', '[A-Za-z0-9]{30}'),
    boundary: WORD_CHARS,
    minEntropy: 3.5,
  }),
];
