// OpenAI secret rules (ai family). Samples: __tests__/scanners/secrets/rules/openai.samples.ts.
import type { SecretRule } from '../rule.js';
import { prefixedToken } from './build.js';

export const OPENAI_RULES: SecretRule[] = [
  // `sk-` is shared by many providers; `T3BlbkFJ` (base64 of `OpenAI`) in the middle marks OpenAI's.
  prefixedToken('openai-api-key', 'OpenAI API key', 'critical', { family: 'ai', prefix: 'sk-', keywords: ['t3blbkfj'], body: '[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}', minEntropy: 3.5 }),
  // `sk-None-`: keys created for a user outside any project. Every kind carries OpenAI's mark
  // `T3BlbkFJ` (base64 of "OpenAI") with at least 20 characters on either side.
  prefixedToken('openai-project-key', 'OpenAI project, service account, admin or user key', 'critical', {
    family: 'ai',
    prefix: ['sk-proj-', 'sk-svcacct-', 'sk-admin-', 'sk-None-'],
    body: '[A-Za-z0-9_-]{40,300}',
    minEntropy: 4,
    validate: (s) => /^sk-[A-Za-z]{4,7}-[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}$/.test(s),
  }),
];
