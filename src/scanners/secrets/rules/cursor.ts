// Cursor secret rules (ai family). Samples: __tests__/scanners/secrets/rules/cursor.samples.ts.
import { WORD_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const CURSOR_RULES: SecretRule[] = [
  // Cursor's admin and integrations API keys: `key_` and 64 hex characters. The shape alone is a
  // plausible cache or idempotency key, so Cursor must be named before it (the variable, the
  // config block) or after it on its line.
  prefixedToken('cursor-api-key', 'Cursor API key', 'high', {
    family: 'ai',
    prefix: 'key_',
    keywords: ['cursor'],
    // Tried at each `key_` only, as the prefix would anchor it if it were the keyword.
    anchored: true,
    anchors: ['key_'],
    body: run('a-f0-9', 64),
    boundary: WORD_CHARS,
    minEntropy: 3.5,
    inContext: ({ text, secretStart, secretEnd }) => {
      if (/cursor/i.test(text.slice(Math.max(0, secretStart - 200), secretStart))) return true;
      const eol = text.indexOf('\n', secretEnd);
      return /cursor/i.test(text.slice(secretEnd, eol === -1 ? text.length : Math.min(eol, secretEnd + 200)));
    },
  }),
];
