// Alibaba Cloud AccessKey ID secret rules (cloud family). Samples: __tests__/scanners/secrets/rules/alibaba.samples.ts.
import { assignmentPattern, defineRule, WORD_CHARS, type SecretRule } from '../rule.js';

export const ALIBABA_RULES: SecretRule[] = [
  defineRule({
    id: 'alibaba-access-key-id',
    family: 'cloud',
    description: 'Alibaba Cloud AccessKey ID',
    severity: 'high',
    keywords: ['ltai'],
    pattern: /(LTAI[A-Za-z0-9]{20})/,
    boundary: WORD_CHARS,
    minEntropy: 3,
  }),
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
