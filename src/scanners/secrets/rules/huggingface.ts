// Hugging Face secret rules (ai family). Samples: __tests__/scanners/secrets/rules/huggingface.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';

const mixedCase = (s: string): boolean => /[A-Z]/.test(s) && /[a-z]/.test(s);

export const HUGGINGFACE_RULES: SecretRule[] = [
  defineRule({
    id: 'huggingface-token',
    family: 'ai',
    description: 'Hugging Face access token',
    severity: 'high',
    keywords: ['hf_'],
    pattern: /(hf_[A-Za-z]{34})/,
    boundary: WORD_CHARS,
    minEntropy: 3.5,
    validate: mixedCase,
  }),
  defineRule({
    id: 'huggingface-org-token',
    family: 'ai',
    description: 'Hugging Face organization API token',
    severity: 'high',
    keywords: ['api_org_'],
    pattern: /(api_org_[A-Za-z]{34})/,
    boundary: WORD_CHARS,
    minEntropy: 3.5,
    validate: mixedCase,
  }),
];
