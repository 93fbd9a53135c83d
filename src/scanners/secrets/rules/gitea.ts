// Gitea secret rules (source-hosting family). Samples: __tests__/scanners/secrets/rules/gitea.samples.ts.
import { assignmentPattern, defineRule, WORD_CHARS, type SecretRule } from '../rule.js';

export const GITEA_RULES: SecretRule[] = [
  defineRule({
    id: 'gitea-token',
    family: 'source-hosting',
    description: 'Gitea / Forgejo access token',
    severity: 'high',
    keywords: ['gitea', 'forgejo'],
    pattern: assignmentPattern('gitea|forgejo', '[a-f0-9]{40}'),
    boundary: WORD_CHARS,
    minEntropy: 3,
  }),
];
