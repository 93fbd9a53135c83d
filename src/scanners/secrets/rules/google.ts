// Google secret rules (cloud family). Samples: __tests__/scanners/secrets/rules/google.samples.ts.
import type { SecretRule } from '../rule.js';
import { delimitedBlock, prefixedToken, run } from './build.js';

export const GOOGLE_RULES: SecretRule[] = [
  prefixedToken('gcp-api-key', 'Google API key', 'high', { family: 'cloud', prefix: 'AIza', body: run('0-9A-Za-z_-', 35), minEntropy: 3.5 }),
  // The PKCS#8 key of a service account key file (`"private_key": "-----BEGIN PRIVATE KEY-----\n..."`).
  delimitedBlock('gcp-service-account-private-key', 'Google Cloud service account private key', 'critical', {
    family: 'cloud',
    keywords: ['private_key'],
    begin: '"private_key"[ \\t]{0,5}:[ \\t]{0,5}"-----BEGIN PRIVATE KEY-----',
    end: '-----END PRIVATE KEY-----',
  }),
  prefixedToken('gcp-oauth-client-secret', 'Google OAuth client secret', 'high', { family: 'cloud', prefix: 'GOCSPX-', body: run('A-Za-z0-9_-', 28) }),
  prefixedToken('google-oauth-access-token', 'Google OAuth access token', 'medium', { family: 'cloud', prefix: 'ya29.', body: run('0-9A-Za-z_-', 30, 1024), minEntropy: 3.5 }),
  prefixedToken('google-oauth-refresh-token', 'Google OAuth refresh token', 'high', { family: 'cloud', prefix: '1//0', body: run('0-9A-Za-z_-', 40, 512), boundary: 'A-Za-z0-9_/:-', minEntropy: 3.5 }),
  // `AAAA` and 7 characters, `:APA91b` and 134: the prefix is too common to look for, `APA91b` is the keyword.
  prefixedToken('firebase-cloud-messaging-server-key', 'Firebase Cloud Messaging legacy server key', 'high', { family: 'cloud', prefix: 'AAAA', keywords: ['apa91b'], body: '[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134}', minEntropy: undefined }),
];
