// Agora secret rules (messaging family). Samples: __tests__/scanners/secrets/rules/agora.samples.ts.
import type { SecretRule } from '../rule.js';
import { keywordAssigned, run } from './build.js';

export const AGORA_RULES: SecretRule[] = [
  // The app certificate signs RTC/RTM tokens; the customer secret authenticates the RESTful API.
  // Both are 32 hex characters, like the public app id, so only those names count.
  keywordAssigned('agora-app-certificate', 'Agora app certificate or customer secret', 'high', { family: 'messaging', keywords: ['agora'], name: 'agora[\\w.-]{0,30}?(?:certificate|secret)', value: run('a-f0-9', 32), anchored: true }),
];
