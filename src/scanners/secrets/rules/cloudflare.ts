// Cloudflare secret rules (cloud family). Samples: __tests__/scanners/secrets/rules/cloudflare.samples.ts.
import { assignmentPattern, defineRule, TOKEN_CHARS, WORD_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const CLOUDFLARE_RULES: SecretRule[] = [
  defineRule({
    // The Origin CA key, sent as `X-Auth-User-Service-Key` (a "user service key"). Cloudflare documents
    // only the `v1.0-` prefix and says the length varies; its API docs have shown two shapes:
    // 24-146 hex groups (current reference) and 64-128-64 hex groups (the older v4 reference).
    id: 'cloudflare-origin-ca-key',
    family: 'cloud',
    description: 'Cloudflare Origin CA (user service) key',
    severity: 'high',
    keywords: ['v1.0-'],
    pattern: /(v1\.0-(?:[a-f0-9]{24}-[a-f0-9]{146}|[a-f0-9]{64}-[a-f0-9]{128}-[a-f0-9]{64}))/,
    boundary: WORD_CHARS,
  }),
  defineRule({
    id: 'cloudflare-api-token',
    family: 'cloud',
    description: 'Cloudflare API token',
    severity: 'high',
    keywords: ['cloudflare', 'cf_api'],
    anchored: true,
    pattern: assignmentPattern('cloudflare|cf_api', '[A-Za-z0-9_-]{40}'),
    boundary: TOKEN_CHARS,
    minEntropy: 3.5,
  }),
  defineRule({
    id: 'cloudflare-global-api-key',
    family: 'cloud',
    description: 'Cloudflare global API key',
    severity: 'critical',
    keywords: ['cloudflare', 'cf_api'],
    anchored: true,
    pattern: assignmentPattern('cloudflare|cf_api', '[a-f0-9]{37}'),
    boundary: WORD_CHARS,
    minEntropy: 3,
  }),
  // Since 2026 tokens identify themselves: `cfut_` (user API token) or `cfat_` (account API
  // token), 40 alphanumerics and 8 hex.
  prefixedToken('cloudflare-user-api-token', 'Cloudflare user API token', 'high', { family: 'cloud', prefix: 'cfut_', body: `${run('A-Za-z0-9', 40)}${run('a-f0-9', 8)}`, anchored: true, minEntropy: 3.5 }),
  prefixedToken('cloudflare-account-api-token', 'Cloudflare account API token', 'high', { family: 'cloud', prefix: 'cfat_', body: `${run('A-Za-z0-9', 40)}${run('a-f0-9', 8)}`, anchored: true, minEntropy: 3.5 }),
];
