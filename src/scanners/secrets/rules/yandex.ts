// Yandex Cloud API secret rules (cloud family). Samples: __tests__/scanners/secrets/rules/yandex.samples.ts.
import { assignmentPattern, defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';

export const YANDEX_RULES: SecretRule[] = [
  defineRule({
    id: 'yandex-cloud-api-key',
    family: 'cloud',
    description: 'Yandex Cloud API key',
    severity: 'high',
    keywords: ['aqvn'],
    pattern: /(AQVN[A-Za-z0-9_-]{35,38})/,
    boundary: TOKEN_CHARS,
    minEntropy: 3.5,
  }),
  defineRule({
    id: 'yandex-cloud-static-key',
    family: 'cloud',
    description: 'Yandex Cloud static access key',
    severity: 'high',
    keywords: ['yandex'],
    pattern: assignmentPattern('yandex', 'YC[A-Za-z0-9_-]{38}'),
    boundary: TOKEN_CHARS,
    minEntropy: 3.5,
  }),
];
