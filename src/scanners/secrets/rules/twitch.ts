// Twitch secret rules (messaging family). Samples: __tests__/scanners/secrets/rules/twitch.samples.ts.
import { defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken } from './build.js';

export const TWITCH_RULES: SecretRule[] = [
  // A Twitch stream key: `live_`, the channel's numeric user id, `_`, 30 alphanumerics. Anyone
  // holding it can broadcast as the channel (often found at the end of an rtmp:// ingest URL).
  prefixedToken('twitch-stream-key', 'Twitch stream key', 'high', { family: 'messaging', prefix: 'live_', body: '[0-9]{1,12}_[A-Za-z0-9]{30}', anchored: true, minEntropy: 3.5 }),
];
