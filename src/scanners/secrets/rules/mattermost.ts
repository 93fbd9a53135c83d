// Mattermost secret rules (messaging family). Samples: __tests__/scanners/secrets/rules/mattermost.samples.ts.
import type { SecretRule } from '../rule.js';
import { keywordAssigned, run } from './build.js';

export const MATTERMOST_RULES: SecretRule[] = [
  keywordAssigned('mattermost-token', 'Mattermost access token', 'high', { family: 'messaging', keywords: ['mattermost'], credential: 'token', value: run('a-z0-9', 26), minEntropy: 3.5 }),
];
