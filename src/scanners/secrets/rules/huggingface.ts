// Hugging Face secret rules (ai family). Samples: __tests__/scanners/secrets/rules/huggingface.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

const mixedCase = (s: string): boolean => /[A-Z]/.test(s) && /[a-z]/.test(s);

export const HUGGINGFACE_RULES: SecretRule[] = [
  prefixedToken('huggingface-token', 'Hugging Face access token', 'high', { family: 'ai', prefix: 'hf_', body: run('A-Za-z', 34), boundary: WORD_CHARS, minEntropy: 3.5, validate: mixedCase }),
  prefixedToken('huggingface-org-token', 'Hugging Face organization API token', 'high', { family: 'ai', prefix: 'api_org_', body: run('A-Za-z', 34), boundary: WORD_CHARS, minEntropy: 3.5, validate: mixedCase }),
];
