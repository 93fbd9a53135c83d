// Google secret rules (cloud family). Samples: __tests__/scanners/secrets/rules/google.samples.ts.
import { defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';
import { blockBody } from './pem.js';
import { prefixedToken, run } from './build.js';

export const GOOGLE_RULES: SecretRule[] = [
  prefixedToken('gcp-api-key', 'Google API key', 'high', { family: 'cloud', prefix: 'AIza', body: run('0-9A-Za-z_-', 35), minEntropy: 3.5 }),
  defineRule({
    id: 'gcp-service-account-private-key',
    family: 'cloud',
    description: 'Google Cloud service account private key',
    severity: 'critical',
    keywords: ['private_key'],
    pattern: /"private_key"[ \t]{0,5}:[ \t]{0,5}"-----BEGIN PRIVATE KEY-----/,
    extract: (m, ctx) => blockBody(m, ctx, '-----END PRIVATE KEY-----'),
  }),
  prefixedToken('gcp-oauth-client-secret', 'Google OAuth client secret', 'high', { family: 'cloud', prefix: 'GOCSPX-', body: run('A-Za-z0-9_-', 28) }),
  prefixedToken('google-oauth-access-token', 'Google OAuth access token', 'medium', { family: 'cloud', prefix: 'ya29.', body: run('0-9A-Za-z_-', 30, 1024), minEntropy: 3.5 }),
  defineRule({
    id: 'google-oauth-refresh-token',
    family: 'cloud',
    description: 'Google OAuth refresh token',
    severity: 'high',
    keywords: ['1//0'],
    pattern: /(1\/\/0[0-9A-Za-z_-]{40,512})/,
    boundary: 'A-Za-z0-9_/:-',
    minEntropy: 3.5,
  }),
  defineRule({
    id: 'firebase-cloud-messaging-server-key',
    family: 'cloud',
    description: 'Firebase Cloud Messaging legacy server key',
    severity: 'high',
    keywords: ['apa91b'],
    pattern: /(AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134})/,
    boundary: TOKEN_CHARS,
  }),
];
