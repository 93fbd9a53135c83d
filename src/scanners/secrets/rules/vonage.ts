// Vonage (Nexmo) secret rules (messaging family). Samples: __tests__/scanners/secrets/rules/vonage.samples.ts.
import type { SecretRule } from '../rule.js';
import { keywordAssigned, run } from './build.js';

export const VONAGE_RULES: SecretRule[] = [
  keywordAssigned('vonage-api-secret', 'Vonage (Nexmo) API secret', 'high', { family: 'messaging', keywords: ['vonage', 'nexmo'], credential: 'secret', value: run('A-Za-z0-9', 16), minEntropy: 3.5 }),
];
