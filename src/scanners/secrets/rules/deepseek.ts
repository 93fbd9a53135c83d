// DeepSeek secret rules (ai family). Samples: __tests__/scanners/secrets/rules/deepseek.samples.ts.
import { TOKEN_CHARS, type SecretRule } from '../rule.js';
import { keywordAssigned } from './build.js';

export const DEEPSEEK_RULES: SecretRule[] = [
  keywordAssigned('deepseek-api-key', 'DeepSeek API key', 'high', { family: 'ai', keywords: ['deepseek'], value: 'sk-[a-f0-9]{32}', boundary: TOKEN_CHARS }),
];
