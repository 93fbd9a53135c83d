// Twitch secret rules (messaging family). Samples: __tests__/scanners/secrets/rules/twitch.samples.ts.
import { defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';

export const TWITCH_RULES: SecretRule[] = [
  defineRule({
    // A Twitch stream key: `live_`, the channel's numeric user id, `_`, 30 alphanumerics. Anyone
    // holding it can broadcast as the channel (often found at the end of an rtmp:// ingest URL).
    id: 'twitch-stream-key',
    family: 'messaging',
    description: 'Twitch stream key',
    severity: 'high',
    keywords: ['live_'],
    anchored: true,
    pattern: /(live_[0-9]{1,12}_[A-Za-z0-9]{30})/,
    boundary: TOKEN_CHARS,
    minEntropy: 3.5,
  }),
];
