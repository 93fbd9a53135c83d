// Gitea secret rules (source-hosting family). Samples: __tests__/scanners/secrets/rules/gitea.samples.ts.
import type { SecretRule } from '../rule.js';
import { keywordAssigned, run } from './build.js';

export const GITEA_RULES: SecretRule[] = [
  keywordAssigned('gitea-token', 'Gitea / Forgejo access token', 'high', { family: 'source-hosting', keywords: ['gitea', 'forgejo'], value: run('a-f0-9', 40) }),
];
