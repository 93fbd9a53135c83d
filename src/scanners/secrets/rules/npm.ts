// npm secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/npm.samples.ts.
import { hasValidCrc32Suffix } from '../checksum.js';
import { BASE64_CHARS, defineRule, WORD_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

function decodesToPrintable(b64: string): boolean {
  const decoded = Buffer.from(b64, 'base64').toString('utf8');
  return decoded.length >= 4 && /^[\x20-\x7e]+$/.test(decoded);
}

export const NPM_RULES: SecretRule[] = [
  prefixedToken('npm-access-token', 'npm access token', 'critical', { family: 'ci-cd', prefix: 'npm_', body: run('A-Za-z0-9', 36), anchored: true, boundary: WORD_CHARS, checksum: hasValidCrc32Suffix }),
  defineRule({
    // One-off, .npmrc syntax: any registry's token after `_authToken=`, whatever its shape.
    id: 'npmrc-auth-token',
    family: 'ci-cd',
    description: 'Registry auth token in .npmrc',
    severity: 'high',
    keywords: ['_authtoken'],
    pattern: /_authToken[ \t]{0,3}=[ \t]{0,3}["']?([^\s"'$]{16,500})/,
    minEntropy: 3,
    specificity: 2,
  }),
  defineRule({
    // One-off, .npmrc syntax: `_auth` / `_password` hold base64 that decodes to text.
    id: 'npmrc-auth',
    family: 'ci-cd',
    description: 'Registry credentials (_auth / _password) in .npmrc',
    severity: 'high',
    keywords: ['_auth', '_password'],
    anchored: true,
    anchorBack: 1,
    pattern: /(?:^|[:\s])(?:_auth|_password)[ \t]{0,3}=[ \t]{0,3}["']?([A-Za-z0-9+/]{8,500}={0,2})/,
    boundary: BASE64_CHARS,
    validate: decodesToPrintable,
    specificity: 2,
  }),
];
