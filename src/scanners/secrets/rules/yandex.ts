// Yandex Cloud secret rules (cloud family). Samples: __tests__/scanners/secrets/rules/yandex.samples.ts.
import { TOKEN_CHARS, type SecretRule } from '../rule.js';
import { keywordAssigned, prefixedToken, run } from './build.js';

export const YANDEX_RULES: SecretRule[] = [
  prefixedToken('yandex-cloud-api-key', 'Yandex Cloud API key', 'high', { family: 'cloud', prefix: 'AQVN', body: run('A-Za-z0-9_-', 35, 38), minEntropy: 3.5 }),
  keywordAssigned('yandex-cloud-static-key', 'Yandex Cloud static access key', 'high', { family: 'cloud', keywords: ['yandex'], value: 'YC[A-Za-z0-9_-]{38}', boundary: TOKEN_CHARS, minEntropy: 3.5 }),
];
