// Cloudflare secret rules (cloud family). Samples: __tests__/scanners/secrets/rules/cloudflare.samples.ts.
import { TOKEN_CHARS, WORD_CHARS, type SecretRule } from '../rule.js';
import { keywordAssigned, prefixedToken, run } from './build.js';

export const CLOUDFLARE_RULES: SecretRule[] = [
  // The Origin CA key, sent as `X-Auth-User-Service-Key` (a "user service key"). Cloudflare documents
  // only the `v1.0-` prefix and says the length varies; its API docs have shown two shapes:
  // 24-146 hex groups (current reference) and 64-128-64 hex groups (the older v4 reference).
  prefixedToken('cloudflare-origin-ca-key', 'Cloudflare Origin CA (user service) key', 'high', { family: 'cloud', prefix: 'v1.0-', body: '(?:[a-f0-9]{24}-[a-f0-9]{146}|[a-f0-9]{64}-[a-f0-9]{128}-[a-f0-9]{64})', boundary: WORD_CHARS, minEntropy: undefined }),
  keywordAssigned('cloudflare-api-token', 'Cloudflare API token', 'high', { family: 'cloud', keywords: ['cloudflare', 'cf_api'], value: run('A-Za-z0-9_-', 40), anchored: true, boundary: TOKEN_CHARS, minEntropy: 3.5 }),
  keywordAssigned('cloudflare-global-api-key', 'Cloudflare global API key', 'critical', { family: 'cloud', keywords: ['cloudflare', 'cf_api'], value: run('a-f0-9', 37), anchored: true }),
  // Since 2026 tokens identify themselves: `cfut_` (user API token) or `cfat_` (account API
  // token), 40 alphanumerics and 8 hex.
  prefixedToken('cloudflare-user-api-token', 'Cloudflare user API token', 'high', { family: 'cloud', prefix: 'cfut_', body: `${run('A-Za-z0-9', 40)}${run('a-f0-9', 8)}`, anchored: true, minEntropy: 3.5 }),
  prefixedToken('cloudflare-account-api-token', 'Cloudflare account API token', 'high', { family: 'cloud', prefix: 'cfat_', body: `${run('A-Za-z0-9', 40)}${run('a-f0-9', 8)}`, anchored: true, minEntropy: 3.5 }),
];
