// X (Twitter) secret rules (messaging family). Samples: __tests__/scanners/secrets/rules/twitter.samples.ts.
import { assignmentPattern, defineRule, WORD_CHARS, type SecretRule } from '../rule.js';

export const TWITTER_RULES: SecretRule[] = [
  defineRule({
    id: 'twitter-bearer-token',
    family: 'messaging',
    description: 'X (Twitter) bearer token',
    severity: 'high',
    keywords: ['aaaaaaaaaaaaaaaaaaaaaa'],
    pattern: /(A{22}[A-Za-z0-9%]{80,100})/,
    boundary: 'A-Za-z0-9%',
    validate: (s) => /[a-z0-9%]/.test(s.slice(22)),
  }),
  defineRule({
    id: 'twitter-api-secret',
    family: 'messaging',
    description: 'X (Twitter) API secret',
    severity: 'high',
    keywords: ['twitter'],
    anchored: true,
    pattern: assignmentPattern('twitter[\\w.-]{0,20}secret', '[A-Za-z0-9]{45,50}'),
    boundary: WORD_CHARS,
    minEntropy: 4,
  }),
];
