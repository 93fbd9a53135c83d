// GitHub secret rules (source-hosting family). Samples: __tests__/scanners/secrets/rules/github.samples.ts.
import { hasValidCrc32Suffix } from '../checksum.js';
import { isJwt } from './jwt.js';
import { asciiClass } from '../char-class.js';
import { ALNUM_CHARS, WORD_CHARS, type SecretRule } from '../rule.js';
import { keywordAssigned, prefixedToken, run } from './build.js';

const isNameChar = asciiClass('\\w.-');

/**
 * The client secret rule's precheck at a `github`: its name (`github`, up to 20 name characters,
 * client/oauth/app, a separator, `secret`) is one run of name characters of 15 to 39 holding
 * `secret`. Every GitHub URL in a tree (`github.com/...`) is turned away here.
 */
function clientSecretName(text: string, at: number): boolean {
  let end = at;
  for (const stop = Math.min(text.length, at + 39); end < stop && isNameChar(text.charCodeAt(end)); ) end++;
  return end - at >= 15 && text.slice(at, end).toLowerCase().includes('secret');
}

/** GitHub's documented token prefixes; the last six characters are a base62 CRC32 checksum. */
function githubRule(id: string, prefix: string, description: string): SecretRule {
  return prefixedToken(id, description, 'critical', {
    family: 'source-hosting',
    prefix,
    body: run(ALNUM_CHARS, 36),
    boundary: WORD_CHARS,
    checksum: hasValidCrc32Suffix,
  });
}

export const GITHUB_RULES: SecretRule[] = [
  githubRule('github-pat', 'ghp_', 'GitHub personal access token (classic)'),
  githubRule('github-oauth-token', 'gho_', 'GitHub OAuth access token'),
  githubRule('github-user-to-server-token', 'ghu_', 'GitHub App user-to-server token'),
  githubRule('github-server-to-server-token', 'ghs_', 'GitHub App installation token'),
  githubRule('github-refresh-token', 'ghr_', 'GitHub refresh token'),
  // Issued since April 2026: `ghs_`, the app id, `_`, then a signed JWT (about 520 characters in all).
  prefixedToken('github-installation-token-stateless', 'GitHub App installation token (stateless ghs_APPID_JWT format)', 'critical', {
    family: 'source-hosting',
    prefix: 'ghs_',
    body: '[0-9]{1,20}_eyJ[A-Za-z0-9_-]{8,2000}\\.[A-Za-z0-9_-]{8,4000}\\.[A-Za-z0-9_-]{16,1000}',
    anchored: true,
    boundary: WORD_CHARS,
    minEntropy: undefined,
    validate: (secret) => isJwt(secret.slice(secret.indexOf('_eyJ') + 1)),
  }),
  // Issued as 22 + `_` + 59 alphanumerics; any 82 word characters keeps older or reformatted ones.
  prefixedToken('github-fine-grained-pat', 'GitHub fine-grained personal access token', 'critical', { family: 'source-hosting', prefix: 'github_pat_', body: run('A-Za-z0-9_', 82), boundary: WORD_CHARS, minEntropy: 3.5 }),
  keywordAssigned('github-oauth-client-secret', 'GitHub OAuth app client secret', 'high', { family: 'source-hosting', keywords: ['github'], credential: '(?:client|oauth|app)[_.-]?secret', value: run('a-f0-9', 40), anchored: true, precheck: clientSecretName }),
];
