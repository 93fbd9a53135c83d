// New Relic secret rules (saas family). Samples: __tests__/scanners/secrets/rules/new-relic.samples.ts.
import { defineRule, leadBefore, type ExtractedSecret, type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

/**
 * A New Relic license key ends in `NRAL`: 36 hex characters before it (the newer keys end in
 * `FFFFNRAL`, upper case), or for EU-region accounts `eu01xx` and 30 hex characters. Read backwards
 * from the suffix so the search never scans a hex run from every position.
 */
function newRelicLicenseKey(text: string, suffixStart: number): ExtractedSecret | undefined {
  const eu = suffixStart - 36;
  if (eu >= 0 && text.startsWith('eu01xx', eu) && /^[0-9a-fA-F]{30}$/.test(text.slice(eu + 6, suffixStart))) {
    const end = suffixStart + 4;
    if (eu > 0 && /[A-Za-z0-9_]/.test(text[eu - 1] as string)) return undefined;
    if (end < text.length && /[A-Za-z0-9_]/.test(text[end] as string)) return undefined;
    return { secret: text.slice(eu, end), start: eu };
  }
  return leadBefore(text, suffixStart, suffixStart + 4, { min: 36, max: 36, chars: /[0-9a-fA-F]/ }, /[A-Za-z0-9_]/);
}

export const NEW_RELIC_RULES: SecretRule[] = [
  prefixedToken('new-relic-user-api-key', 'New Relic user API key', 'high', { family: 'saas', prefix: 'NRAK-', body: run('A-Z0-9', 27) }),
  prefixedToken('new-relic-insert-key', 'New Relic insights insert key', 'high', { family: 'saas', prefix: 'NRII-', body: run('A-Za-z0-9_-', 32) }),
  prefixedToken('new-relic-browser-key', 'New Relic browser ingest key', 'low', { family: 'saas', prefix: 'NRJS-', body: run('a-f0-9', 19) }),
  // Admin API keys (NRAA-, 27 hex) manage the account; Insights query keys (NRIQ-) read all event data.
  prefixedToken('new-relic-admin-api-key', 'New Relic admin API key', 'high', { family: 'saas', prefix: 'NRAA-', body: run('a-f0-9', 27) }),
  prefixedToken('new-relic-insights-query-key', 'New Relic Insights query key', 'high', { family: 'saas', prefix: 'NRIQ-', body: run('A-Za-z0-9_-', 32), minEntropy: 3.5 }),
  defineRule({
    // One-off: two layouts before the `NRAL` suffix (36 hex, or `eu01xx` and 30), read in code.
    id: 'new-relic-license-key',
    family: 'saas',
    description: 'New Relic ingest license key',
    severity: 'high',
    keywords: ['nral'],
    pattern: /NRAL/,
    extract: (m, ctx) => newRelicLicenseKey(ctx.text, m.index),
    minEntropy: 3,
  }),
];
