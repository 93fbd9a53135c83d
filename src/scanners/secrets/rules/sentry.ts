// Sentry secret rules (saas family). Samples: __tests__/scanners/secrets/rules/sentry.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const SENTRY_RULES: SecretRule[] = [
  defineRule({
    // One-off, a URL: the DSN's public key is the user part of a URL on a Sentry host.
    id: 'sentry-dsn',
    family: 'saas',
    description: 'Sentry DSN',
    severity: 'low',
    keywords: ['sentry'],
    anchored: true,
    anchors: ['http'],
    pattern: /https?:\/\/([a-f0-9]{32})(?::[a-f0-9]{32})?@[A-Za-z0-9.-]{0,100}sentry[A-Za-z0-9.-]{0,100}\/[0-9]{1,20}/,
    boundary: WORD_CHARS,
    minEntropy: 3,
    specificity: 2,
  }),
  // `sntrys_`, a base64 JSON payload (with `iat`) and `_` and 43 characters of signature.
  prefixedToken('sentry-org-token', 'Sentry organization auth token', 'high', {
    family: 'saas',
    prefix: 'sntrys_',
    body: 'eyJ[A-Za-z0-9+/=]{20,600}_[A-Za-z0-9+/]{43}',
    boundary: 'A-Za-z0-9_+/',
    minEntropy: 4,
    validate: (s) => {
      const payload = s.slice('sntrys_'.length, s.lastIndexOf('_'));
      try {
        return 'iat' in (JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as object);
      } catch {
        return false;
      }
    },
  }),
  prefixedToken('sentry-user-token', 'Sentry user auth token', 'high', { family: 'saas', prefix: 'sntryu_', body: run('a-f0-9', 64) }),
];
