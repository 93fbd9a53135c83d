// Pusher secret rules (messaging family). Samples: __tests__/scanners/secrets/rules/pusher.samples.ts.
import type { SecretRule } from '../rule.js';
import { keywordAssigned, run } from './build.js';

export const PUSHER_RULES: SecretRule[] = [
  keywordAssigned('pusher-secret', 'Pusher Channels app secret', 'high', { family: 'messaging', keywords: ['pusher'], credential: 'secret', value: run('a-f0-9', 20), anchored: true }),
];
