// Bitbucket secret rules (source-hosting family). Samples: __tests__/scanners/secrets/rules/bitbucket.samples.ts.
import { assignmentPattern, defineRule, TOKEN_CHARS, WORD_CHARS, type SecretRule } from '../rule.js';

export const BITBUCKET_RULES: SecretRule[] = [
  defineRule({
    id: 'bitbucket-app-password',
    family: 'source-hosting',
    description: 'Bitbucket app password',
    severity: 'high',
    keywords: ['atbb'],
    pattern: /(ATBB[A-Za-z0-9]{32})/,
    boundary: WORD_CHARS,
    minEntropy: 3.5,
  }),
  defineRule({
    id: 'bitbucket-client-secret',
    family: 'source-hosting',
    description: 'Bitbucket OAuth consumer secret',
    severity: 'high',
    keywords: ['bitbucket'],
    pattern: assignmentPattern('bitbucket[\\w.-]{0,20}(?:secret|key)', '[A-Za-z0-9=_-]{64}'),
    boundary: TOKEN_CHARS,
    minEntropy: 3.5,
  }),
  defineRule({
    id: 'bitbucket-data-center-token',
    family: 'source-hosting',
    description: 'Bitbucket Data Center HTTP access token',
    severity: 'high',
    keywords: ['bbdc-'],
    anchored: true,
    pattern: /(BBDC-[A-Za-z0-9+/]{44})/,
    boundary: 'A-Za-z0-9_+/=-',
    minEntropy: 3.5,
    validate: (secret) => /^[0-9]{12}:/.test(Buffer.from(secret.slice(5), 'base64').toString('latin1')),
  }),
];
