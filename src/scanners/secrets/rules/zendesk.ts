// Zendesk secret rules (messaging family). Samples: __tests__/scanners/secrets/rules/zendesk.samples.ts.
import type { SecretRule } from '../rule.js';
import { keywordAssigned, run } from './build.js';

export const ZENDESK_RULES: SecretRule[] = [
  keywordAssigned('zendesk-api-token', 'Zendesk API token', 'high', { family: 'messaging', keywords: ['zendesk'], credential: ['token', 'key'], value: run('A-Za-z0-9', 40), minEntropy: 4 }),
];
