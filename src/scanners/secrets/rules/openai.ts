// OpenAI secret rules (ai family). Samples: __tests__/scanners/secrets/rules/openai.samples.ts.
import { defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';

export const OPENAI_RULES: SecretRule[] = [
  defineRule({
    id: 'openai-api-key',
    family: 'ai',
    description: 'OpenAI API key',
    severity: 'critical',
    keywords: ['t3blbkfj'],
    pattern: /(sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})/,
    boundary: TOKEN_CHARS,
    minEntropy: 3.5,
  }),
  defineRule({
    id: 'openai-project-key',
    family: 'ai',
    description: 'OpenAI project, service account, admin or user key',
    severity: 'critical',
    keywords: ['sk-proj-', 'sk-svcacct-', 'sk-admin-', 'sk-none-'],
    // `sk-None-`: keys created for a user outside any project. Every kind carries OpenAI's mark
    // `T3BlbkFJ` (base64 of "OpenAI") with at least 20 characters on either side.
    pattern: /(sk-(?:proj|svcacct|admin|None)-[A-Za-z0-9_-]{40,300})/,
    boundary: TOKEN_CHARS,
    minEntropy: 4,
    validate: (s) => /^sk-[A-Za-z]{4,7}-[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}$/.test(s),
  }),
];
