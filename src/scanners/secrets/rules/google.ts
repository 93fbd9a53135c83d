// Google API secret rules (cloud family). Samples: __tests__/scanners/secrets/rules/google.samples.ts.
import { defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';
import { blockBody } from './pem.js';

export const GOOGLE_RULES: SecretRule[] = [
  defineRule({
    id: 'gcp-api-key',
    family: 'cloud',
    description: 'Google API key',
    severity: 'high',
    keywords: ['aiza'],
    pattern: /(AIza[0-9A-Za-z_-]{35})/,
    boundary: TOKEN_CHARS,
    minEntropy: 3.5,
  }),
  defineRule({
    id: 'gcp-service-account-private-key',
    family: 'cloud',
    description: 'Google Cloud service account private key',
    severity: 'critical',
    keywords: ['private_key'],
    pattern: /"private_key"[ \t]{0,5}:[ \t]{0,5}"-----BEGIN PRIVATE KEY-----/,
    extract: (m, ctx) => blockBody(m, ctx, '-----END PRIVATE KEY-----'),
  }),
  defineRule({
    id: 'gcp-oauth-client-secret',
    family: 'cloud',
    description: 'Google OAuth client secret',
    severity: 'high',
    keywords: ['gocspx-'],
    pattern: /(GOCSPX-[A-Za-z0-9_-]{28})/,
    boundary: TOKEN_CHARS,
    minEntropy: 3,
  }),
  defineRule({
    id: 'google-oauth-access-token',
    family: 'cloud',
    description: 'Google OAuth access token',
    severity: 'medium',
    keywords: ['ya29.'],
    pattern: /(ya29\.[0-9A-Za-z_-]{30,1024})/,
    boundary: TOKEN_CHARS,
    minEntropy: 3.5,
  }),
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
