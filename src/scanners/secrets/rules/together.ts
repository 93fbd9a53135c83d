// Together AI secret rules (ai family). Samples: __tests__/scanners/secrets/rules/together.samples.ts.
import { TOKEN_CHARS, type SecretRule } from '../rule.js';
import { keywordAssigned } from './build.js';

export const TOGETHER_RULES: SecretRule[] = [
  keywordAssigned('together-api-key', 'Together AI API key', 'high', { family: 'ai', keywords: ['together'], credential: 'key', value: '[a-f0-9]{64}|tgp_v1_[A-Za-z0-9_-]{43}', anchored: true, boundary: TOKEN_CHARS }),
];
