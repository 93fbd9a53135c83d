// Observability and SaaS: Datadog, New Relic, Sentry, PagerDuty, Shopify, Atlassian, Linear, Notion,
// Postman, DigitalOcean, Heroku, Doppler, Vault, Terraform Cloud, Grafana, 1Password, HubSpot...
import { ALNUM, B64, B64URL, DIGITS, fake, fakeUuid, HEX, UPPER_ALNUM } from '../fake.js';
import { assignmentPattern, credentialNamePattern, defineRule, leadBefore, providerAssignmentPattern, TOKEN_CHARS, WORD_CHARS, type ExtractedSecret, type SecretRule } from '../rule.js';

/** Base58 (Bitcoin alphabet), the body of Crossmint keys. */
const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

const b64json = (value: unknown): string => Buffer.from(JSON.stringify(value), 'utf8').toString('base64').replace(/=+$/, '');

function prefixed(
  id: string,
  description: string,
  severity: SecretRule['severity'],
  keyword: string,
  pattern: RegExp,
  example: string,
  opts: { minEntropy?: number; boundary?: string; noMatch?: string[] } = {},
): SecretRule {
  return defineRule({
    id,
    family: 'saas',
    description,
    severity,
    keywords: [keyword],
    pattern,
    boundary: opts.boundary ?? TOKEN_CHARS,
    minEntropy: opts.minEntropy ?? 3,
    examples: { match: [example], noMatch: [`${keyword}short`, `${keyword}${'x'.repeat(40)}`, ...(opts.noMatch ?? [])] },
  });
}

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

export const SAAS_RULES: SecretRule[] = [
  defineRule({
    id: 'datadog-api-key',
    family: 'saas',
    description: 'Datadog API key',
    severity: 'high',
    keywords: ['datadog', 'dd_api_key', 'dd-api-key'],
    pattern: assignmentPattern('datadog[\\w.-]{0,20}api[_.-]?key|dd[_-]api[_-]key', '[a-f0-9]{32}'),
    boundary: WORD_CHARS,
    minEntropy: 3,
    examples: {
      match: [`DD_API_KEY=${fake(HEX, 32, 'dd-1')}`, `  datadog_api_key: "${fake(HEX, 32, 'dd-2')}"`],
      noMatch: ['DD_API_KEY=${DD_API_KEY}', 'DD_SITE=datadoghq.eu'],
    },
  }),
  defineRule({
    id: 'datadog-app-key',
    family: 'saas',
    description: 'Datadog application key',
    severity: 'high',
    keywords: ['datadog', 'dd_app_key', 'dd_application_key', 'dd-application-key'],
    pattern: assignmentPattern('datadog[\\w.-]{0,20}app(?:lication)?[_.-]?key|dd[_-]app(?:lication)?[_-]key', '[a-f0-9]{40}'),
    boundary: WORD_CHARS,
    minEntropy: 3,
    examples: {
      match: [`DD_APP_KEY=${fake(HEX, 40, 'dd-3')}`],
      noMatch: ['DD_APP_KEY=<app-key>'],
    },
  }),
  prefixed('new-relic-user-api-key', 'New Relic user API key', 'high', 'nrak-', /(NRAK-[A-Z0-9]{27})/, `NEW_RELIC_API_KEY=NRAK-${fake(UPPER_ALNUM, 27, 'nr-1')}`),
  prefixed('new-relic-insert-key', 'New Relic insights insert key', 'high', 'nrii-', /(NRII-[A-Za-z0-9_-]{32})/, `NEW_RELIC_INSERT_KEY=NRII-${fake(B64URL, 32, 'nr-2')}`),
  prefixed('new-relic-browser-key', 'New Relic browser ingest key', 'low', 'nrjs-', /(NRJS-[a-f0-9]{19})/, `NEW_RELIC_BROWSER_KEY=NRJS-${fake(HEX, 19, 'nr-3')}`),
  // Admin API keys (NRAA-, 27 hex) manage the account; Insights query keys (NRIQ-) read all event data.
  prefixed('new-relic-admin-api-key', 'New Relic admin API key', 'high', 'nraa-', /(NRAA-[a-f0-9]{27})/, `NEW_RELIC_ADMIN_KEY=NRAA-${fake(HEX, 27, 'nr-5')}`, {
    noMatch: [`NRAA-${fake(HEX, 20, 'nr-6')}`, `NRAA-${fake(HEX, 32, 'nr-7')}`],
  }),
  prefixed('new-relic-insights-query-key', 'New Relic Insights query key', 'high', 'nriq-', /(NRIQ-[A-Za-z0-9_-]{32})/, `insights_query_key = "NRIQ-${fake(B64URL, 32, 'nr-8')}"`, {
    minEntropy: 3.5,
    noMatch: ['insights_query_key = "NRIQ-secret"', `NRIQ-${fake(B64URL, 40, 'nr-9')}`],
  }),
  defineRule({
    id: 'new-relic-license-key',
    family: 'saas',
    description: 'New Relic ingest license key',
    severity: 'high',
    keywords: ['nral'],
    pattern: /NRAL/,
    extract: (m, ctx) => newRelicLicenseKey(ctx.text, m.index),
    minEntropy: 3,
    examples: {
      match: [
        `NEW_RELIC_LICENSE_KEY=${fake(HEX, 36, 'nr-4')}NRAL`,
        `newrelic.ConfigLicense("${fake(HEX, 32, 'nr-10')}FFFFNRAL")`,
        `license_key: eu01xx${fake(HEX, 30, 'nr-11')}NRAL`,
      ],
      noMatch: ['NRAL', `license_key: eu01xx${fake(HEX, 26, 'nr-12')}NRAL`, 'license_key: eu01xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxNRAL', `license_key: xeu01xx${fake(HEX, 30, 'nr-13')}NRAL`],
    },
  }),
  defineRule({
    id: 'sentry-dsn',
    family: 'saas',
    description: 'Sentry DSN',
    severity: 'low',
    keywords: ['sentry'],
    anchored: true,
    anchors: ['http'],
    pattern: /https?:\/\/([a-f0-9]{32})(?::[a-f0-9]{32})?@[A-Za-z0-9.-]{0,100}sentry[A-Za-z0-9.-]{0,100}\/[0-9]{1,20}/,
    boundary: WORD_CHARS,
    minEntropy: 3,
    specificity: 2,
    examples: {
      match: [`SENTRY_DSN=https://${fake(HEX, 32, 'sentry-1')}@o${fake(DIGITS, 6, 'sentry-2')}.ingest.us.sentry.io/${fake(DIGITS, 7, 'sentry-3')}`],
      noMatch: ['SENTRY_DSN=https://<key>@o0.ingest.sentry.io/0'],
    },
  }),
  defineRule({
    id: 'sentry-org-token',
    family: 'saas',
    description: 'Sentry organization auth token',
    severity: 'high',
    keywords: ['sntrys_'],
    pattern: /(sntrys_eyJ[A-Za-z0-9+/=]{20,600}_[A-Za-z0-9+/]{43})/,
    boundary: 'A-Za-z0-9_+/',
    minEntropy: 4,
    validate: (s) => {
      const payload = s.slice('sntrys_'.length, s.lastIndexOf('_'));
      try {
        return 'iat' in (JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as object);
      } catch {
        return false;
      }
    },
    examples: {
      match: [
        `SENTRY_AUTH_TOKEN=sntrys_${b64json({ iat: 1700000000.5, url: 'https://sentry.io', region_url: 'https://us.sentry.io', org: 'acme' })}_${fake(B64, 43, 'sntrys-1')}`,
      ],
      noMatch: ['SENTRY_AUTH_TOKEN=sntrys_eyJ...'],
    },
  }),
  prefixed('sentry-user-token', 'Sentry user auth token', 'high', 'sntryu_', /(sntryu_[a-f0-9]{64})/, `SENTRY_AUTH_TOKEN=sntryu_${fake(HEX, 64, 'sntryu-1')}`),
  defineRule({
    id: 'pagerduty-api-key',
    family: 'saas',
    description: 'PagerDuty API key',
    severity: 'high',
    keywords: ['pagerduty'],
    pattern: assignmentPattern('pagerduty[\\w.-]{0,20}(?:api[_.-]?)?(?:key|token)', '[A-Za-z0-9_+-]{20}'),
    boundary: 'A-Za-z0-9_+-',
    minEntropy: 3.5,
    examples: {
      match: [`PAGERDUTY_API_TOKEN=u+${fake(B64URL, 18, 'pd-1')}`],
      noMatch: ['PAGERDUTY_SERVICE_ID=PABC123'],
    },
  }),
  // Shopify documents 32 hex characters; tokens in the wild and other scanners' cases also show
  // mixed-case bodies up to 38 characters, and the prefixes are distinctive enough to accept them.
  prefixed('shopify-access-token', 'Shopify Admin API access token', 'critical', 'shpat_', /(shpat_[A-Za-z0-9]{32,40})/, `SHOPIFY_ACCESS_TOKEN=shpat_${fake(HEX, 32, 'shop-1')}`),
  prefixed('shopify-custom-app-token', 'Shopify custom app access token', 'critical', 'shpca_', /(shpca_[A-Za-z0-9]{32,40})/, `SHOPIFY_TOKEN=shpca_${fake(HEX, 32, 'shop-2')}`),
  prefixed('shopify-private-app-token', 'Shopify private app password', 'critical', 'shppa_', /(shppa_[A-Za-z0-9]{32,40})/, `SHOPIFY_PASSWORD=shppa_${fake(HEX, 32, 'shop-3')}`),
  prefixed('shopify-shared-secret', 'Shopify app shared secret', 'high', 'shpss_', /(shpss_[A-Za-z0-9]{32,40})/, `SHOPIFY_API_SECRET=shpss_${fake(HEX, 32, 'shop-4')}`),
  defineRule({
    // Vercel's prefixed tokens: personal (vcp_), integration (vci_), app access and refresh
    // (vca_, vcr_) and AI Gateway keys (vck_).
    id: 'vercel-prefixed-token',
    family: 'saas',
    description: 'Vercel access token or API key',
    severity: 'high',
    keywords: ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'],
    pattern: /(vc[pcikar]_[A-Za-z0-9]{24,64})/,
    boundary: TOKEN_CHARS,
    minEntropy: 3.5,
    examples: {
      match: [`VERCEL_TOKEN=vcp_${fake(ALNUM, 56, 'vercel-1')}`, `token: "vca_${fake(ALNUM, 56, 'vercel-2')}"`],
      noMatch: ['vcp_short', 'my_vcp_setting', `avcp_${fake(ALNUM, 56, 'vercel-3')}`],
    },
  }),
  prefixed('atlassian-api-token', 'Atlassian API token', 'high', 'atatt3', /(ATATT3[A-Za-z0-9_=-]{186})/, `JIRA_API_TOKEN=ATATT3${fake(B64URL, 186, 'atl-1')}`, { minEntropy: 4 }),
  defineRule({
    id: 'atlassian-legacy-api-token',
    family: 'saas',
    description: 'Atlassian (Jira / Confluence) API token',
    severity: 'high',
    keywords: ['jira', 'confluence', 'atlassian'],
    pattern: assignmentPattern('(?:jira|confluence|atlassian)[\\w.-]{0,20}(?:token|password|key)', '[A-Za-z0-9]{24}'),
    boundary: WORD_CHARS,
    minEntropy: 3.5,
    examples: {
      match: [`JIRA_API_TOKEN=${fake(ALNUM, 24, 'atl-2')}`],
      noMatch: ['JIRA_URL=https://acme.atlassian.net'],
    },
  }),
  prefixed('linear-api-key', 'Linear API key', 'high', 'lin_api_', /(lin_api_[A-Za-z0-9]{40})/, `LINEAR_API_KEY=lin_api_${fake(ALNUM, 40, 'linear-1')}`, { minEntropy: 3.5 }),
  prefixed('notion-api-token', 'Notion integration token', 'high', 'ntn_', /(ntn_[0-9]{11}[A-Za-z0-9]{35})/, `NOTION_TOKEN=ntn_${fake(DIGITS, 11, 'notion-1')}${fake(ALNUM, 35, 'notion-2')}`, { minEntropy: 3.5 }),
  defineRule({
    id: 'notion-legacy-token',
    family: 'saas',
    description: 'Notion integration token',
    severity: 'high',
    keywords: ['secret_'],
    anchored: true,
    pattern: /(secret_[A-Za-z0-9]{43})/,
    boundary: WORD_CHARS,
    minEntropy: 4,
    examples: {
      match: [`NOTION_API_KEY=secret_${fake(ALNUM, 43, 'notion-3')}`],
      noMatch: ['secret_key_base = nil', `secret_${fake(ALNUM, 20, 'notion-4')}`],
    },
  }),
  defineRule({
    id: 'postman-api-key',
    family: 'saas',
    description: 'Postman API key',
    severity: 'high',
    keywords: ['pmak-'],
    pattern: /(PMAK-[a-f0-9]{24}-[a-f0-9]{34})/i,
    boundary: TOKEN_CHARS,
    minEntropy: 3,
    examples: {
      match: [`POSTMAN_API_KEY=PMAK-${fake(HEX, 24, 'pmak-1')}-${fake(HEX, 34, 'pmak-2')}`],
      noMatch: ['PMAK-short'],
    },
  }),
  prefixed('digitalocean-pat', 'DigitalOcean personal access token', 'critical', 'dop_v1_', /(dop_v1_[a-f0-9]{64})/, `DIGITALOCEAN_TOKEN=dop_v1_${fake(HEX, 64, 'do-1')}`),
  prefixed('digitalocean-oauth-token', 'DigitalOcean OAuth access token', 'critical', 'doo_v1_', /(doo_v1_[a-f0-9]{64})/, `DO_OAUTH_TOKEN=doo_v1_${fake(HEX, 64, 'do-2')}`),
  prefixed('digitalocean-refresh-token', 'DigitalOcean OAuth refresh token', 'high', 'dor_v1_', /(dor_v1_[a-f0-9]{64})/, `DO_REFRESH_TOKEN=dor_v1_${fake(HEX, 64, 'do-3')}`),
  prefixed('heroku-api-key-v2', 'Heroku API key', 'critical', 'hrku-aa', /(HRKU-AA[0-9A-Za-z_-]{58})/, `HEROKU_API_KEY=HRKU-AA${fake(B64URL, 58, 'heroku-1')}`, { minEntropy: 4 }),
  defineRule({
    id: 'heroku-api-key',
    family: 'saas',
    description: 'Heroku API key',
    severity: 'critical',
    keywords: ['heroku'],
    pattern: assignmentPattern('heroku[\\w.-]{0,20}(?:api[_.-]?key|token|password)', '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'),
    boundary: TOKEN_CHARS,
    minEntropy: 3,
    examples: {
      match: [`HEROKU_API_KEY=${fakeUuid('heroku-2')}`],
      noMatch: ['HEROKU_APP_NAME=acme-prod'],
    },
  }),
  defineRule({
    id: 'doppler-token',
    family: 'saas',
    description: 'Doppler token',
    severity: 'critical',
    keywords: ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.'],
    pattern: /(dp\.(?:pt|st|sa|ct|scim|audit)\.(?:[a-z0-9_-]{2,35}\.)?[A-Za-z0-9]{40,44})/,
    boundary: WORD_CHARS,
    minEntropy: 3.5,
    examples: {
      match: [`DOPPLER_TOKEN=dp.pt.${fake(ALNUM, 43, 'doppler-1')}`, `DOPPLER_TOKEN=dp.st.prd.${fake(ALNUM, 40, 'doppler-2')}`],
      noMatch: ['DOPPLER_TOKEN=dp.pt.xxxx'],
    },
  }),
  prefixed('vault-service-token', 'HashiCorp Vault service token', 'critical', 'hvs.', /(hvs\.[A-Za-z0-9_-]{90,120})/, `VAULT_TOKEN=hvs.${fake(B64URL, 95, 'vault-1')}`, { minEntropy: 4 }),
  prefixed('vault-batch-token', 'HashiCorp Vault batch token', 'high', 'hvb.', /(hvb\.[A-Za-z0-9_-]{138,300})/, `VAULT_TOKEN=hvb.${fake(B64URL, 150, 'vault-2')}`, { minEntropy: 4 }),
  defineRule({
    id: 'vault-legacy-token',
    family: 'saas',
    description: 'HashiCorp Vault token',
    severity: 'high',
    keywords: ['vault'],
    pattern: assignmentPattern('vault[\\w.-]{0,20}token', 's\\.[A-Za-z0-9]{24}'),
    boundary: WORD_CHARS,
    minEntropy: 3.5,
    validate: (s) => /[0-9]/.test(s) && /[A-Z]/.test(s) && /[a-z]/.test(s.slice(2)),
    examples: {
      match: [`VAULT_TOKEN=s.${fake(ALNUM, 24, 'vault-3')}`],
      noMatch: ['VAULT_ADDR=https://vault.corp:8200'],
    },
  }),
  defineRule({
    id: 'terraform-cloud-token',
    family: 'saas',
    description: 'Terraform Cloud / Enterprise API token',
    severity: 'critical',
    keywords: ['atlasv1'],
    pattern: /\.atlasv1\.[A-Za-z0-9_=-]{60,70}/,
    extract: (m, ctx) =>
      leadBefore(ctx.text, m.index, m.index + (m[0] as string).length, { min: 14, max: 14, chars: /[A-Za-z0-9]/ }, /[A-Za-z0-9_-]/),
    minEntropy: 3.5,
    examples: {
      match: [`credentials "app.terraform.io" {\n  token = "${fake(ALNUM, 14, 'tfc-1')}.atlasv1.${fake(B64URL, 67, 'tfc-2')}"\n}`],
      noMatch: ['token = "xxxxxxxxxxxxxx.atlasv1.xxxx"'],
    },
  }),
  prefixed('grafana-service-account-token', 'Grafana service account token', 'high', 'glsa_', /(glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8})/, `GRAFANA_TOKEN=glsa_${fake(ALNUM, 32, 'glsa-1')}_${fake(HEX, 8, 'glsa-2')}`),
  prefixed('grafana-cloud-token', 'Grafana Cloud access policy token', 'high', 'glc_', /(glc_[A-Za-z0-9+/]{32,400}={0,3})/, `GRAFANA_CLOUD_TOKEN=glc_${fake(B64, 120, 'glc-1')}`, { minEntropy: 4, boundary: 'A-Za-z0-9_+/' }),
  defineRule({
    id: 'grafana-api-key',
    family: 'saas',
    description: 'Grafana API key',
    severity: 'high',
    keywords: ['eyjrijoi'],
    pattern: /(eyJrIjoi[A-Za-z0-9]{70,400}={0,3})/,
    boundary: 'A-Za-z0-9_+/',
    minEntropy: 4,
    // Base64 of `{"k":"...","n":"<name>","id":<n>}`; other `{"k":` blobs (Power BI report links) are not keys.
    validate: (secret) => /"n":"[^"]*","id":\d/.test(Buffer.from(secret, 'base64').toString('latin1')),
    examples: {
      match: [`GRAFANA_API_KEY=${Buffer.from(`{"k":"${fake(ALNUM, 32, 'grafana-1')}","n":"ci-deploy","id":1}`).toString('base64')}`],
      noMatch: [
        'eyjrijoishort',
        `https://app.powerbi.com/view?r=${Buffer.from(`{"k":"${fake(HEX, 32, 'grafana-2')}","t":"${fake(HEX, 32, 'grafana-3')}","c":8}`).toString('base64')}`,
      ],
    },
  }),
  defineRule({
    id: 'airtable-pat',
    family: 'saas',
    description: 'Airtable personal access token',
    severity: 'high',
    keywords: ['airtable'],
    pattern: /(pat[A-Za-z0-9]{14}\.[a-f0-9]{64})/,
    boundary: WORD_CHARS,
    minEntropy: 3.5,
    examples: {
      match: [`AIRTABLE_TOKEN=pat${fake(ALNUM, 14, 'airtable-1')}.${fake(HEX, 64, 'airtable-2')}`],
      noMatch: ['AIRTABLE_BASE=pattern.matches'],
    },
  }),
  defineRule({
    id: 'asana-pat',
    family: 'saas',
    description: 'Asana personal access token',
    severity: 'high',
    keywords: ['asana'],
    pattern: /([0-9]\/[0-9]{10,20}(?:\/[0-9]{10,20})?:[a-f0-9]{32})/,
    boundary: 'A-Za-z0-9_/',
    minEntropy: 3,
    examples: {
      match: [`ASANA_TOKEN=2/${fake(DIGITS, 16, 'asana-1')}/${fake(DIGITS, 16, 'asana-2')}:${fake(HEX, 32, 'asana-3')}`],
      noMatch: ['ASANA_WORKSPACE=12345'],
    },
  }),
  defineRule({
    // An Asana OAuth app's client id: 16 digits, only meaningful next to an Asana credential name.
    id: 'asana-client-id',
    family: 'saas',
    description: 'Asana client ID',
    severity: 'low',
    keywords: ['asana'],
    anchored: true,
    pattern: credentialNamePattern('asana', '[0-9]{16}'),
    boundary: WORD_CHARS,
    minEntropy: 2.5,
    examples: {
      match: [`ASANA_CLIENT_ID=${fake(DIGITS, 16, 'asana-4')}`, `<asanaToken>\n  ${fake(DIGITS, 16, 'asana-5')}\n</asanaToken>`],
      noMatch: [`ASANA_PROJECT_ID=${fake(DIGITS, 16, 'asana-6')}`, `ASANA_CLIENT_ID=${fake(DIGITS, 19, 'asana-7')}`, 'ASANA_CLIENT_ID=1111111111111111'],
    },
  }),
  defineRule({
    id: 'asana-client-secret',
    family: 'saas',
    description: 'Asana client secret',
    severity: 'high',
    keywords: ['asana'],
    anchored: true,
    pattern: credentialNamePattern('asana', '[A-Za-z0-9]{32}'),
    boundary: WORD_CHARS,
    minEntropy: 3,
    examples: {
      match: [`ASANA_CLIENT_SECRET=${fake(ALNUM, 32, 'asana-8')}`, `{"asana_token": "${fake(HEX, 32, 'asana-9')}"}`],
      noMatch: [`ASANA_WORKSPACE_NAME=${fake(ALNUM, 32, 'asana-10')}`, `asana_secret = "${'ab'.repeat(16)}"`],
    },
  }),
  prefixed('contentful-pat', 'Contentful personal access token', 'high', 'cfpat-', /(CFPAT-[A-Za-z0-9_-]{43})/, `CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-${fake(B64URL, 43, 'cfpat-1')}`, { minEntropy: 3.5 }),
  prefixed('dynatrace-api-token', 'Dynatrace API token', 'high', 'dt0c01.', /(dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64})/, `DT_API_TOKEN=dt0c01.${fake(UPPER_ALNUM, 24, 'dt-1')}.${fake(UPPER_ALNUM, 64, 'dt-2')}`, { minEntropy: 3.5 }),
  prefixed('mapbox-secret-token', 'Mapbox secret access token', 'high', 'sk.eyj1ijoi', /(sk\.eyJ1Ijoi[A-Za-z0-9_-]{20,300}\.[A-Za-z0-9_-]{22})/, `MAPBOX_SECRET_TOKEN=sk.eyJ1Ijoi${fake(B64URL, 60, 'mapbox-1')}.${fake(B64URL, 22, 'mapbox-2')}`, { minEntropy: 3.5 }),
  prefixed('typeform-pat', 'Typeform personal access token', 'high', 'tfp_', /(tfp_[A-Za-z0-9_.=-]{59})/, `TYPEFORM_TOKEN=tfp_${fake(B64URL, 59, 'tfp-1')}`, { minEntropy: 3.5, boundary: 'A-Za-z0-9_.-' }),
  defineRule({
    id: 'okta-api-token',
    family: 'saas',
    description: 'Okta API token',
    severity: 'critical',
    keywords: ['okta'],
    pattern: assignmentPattern('okta[\\w.-]{0,20}(?:token|key)', '00[A-Za-z0-9_=-]{40}'),
    boundary: TOKEN_CHARS,
    minEntropy: 4,
    examples: {
      match: [`OKTA_API_TOKEN=00${fake(B64URL, 40, 'okta-1')}`],
      noMatch: ['OKTA_DOMAIN=acme.okta.com'],
    },
  }),
  prefixed('onepassword-service-account-token', '1Password service account token', 'critical', 'ops_eyj', /(ops_eyJ[A-Za-z0-9+/]{250,1700}={0,3})/, `OP_SERVICE_ACCOUNT_TOKEN=ops_eyJ${fake(B64, 400, 'ops-1')}`, { minEntropy: 4, boundary: 'A-Za-z0-9_+/' }),
  defineRule({
    id: 'onepassword-secret-key',
    family: 'saas',
    description: '1Password account secret key',
    severity: 'critical',
    keywords: ['a3-'],
    pattern: /(A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5})/,
    boundary: TOKEN_CHARS,
    minEntropy: 3.5,
    examples: {
      match: [`OP_SECRET_KEY=A3-${fake(UPPER_ALNUM, 6, 'op-1')}-${fake(UPPER_ALNUM, 11, 'op-2')}-${fake(UPPER_ALNUM, 5, 'op-3')}-${fake(UPPER_ALNUM, 5, 'op-4')}-${fake(UPPER_ALNUM, 5, 'op-5')}`],
      noMatch: ['A3-XXXXXX-XXXXXXXXXXX-XXXXX-XXXXX-XXXXX'],
    },
  }),
  defineRule({
    id: 'launchdarkly-token',
    family: 'saas',
    description: 'LaunchDarkly API access token or SDK key',
    severity: 'high',
    keywords: ['launchdarkly', 'launch_darkly', 'ld_sdk', 'ld_api'],
    pattern: /((?:api|sdk)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/,
    boundary: TOKEN_CHARS,
    minEntropy: 3,
    examples: {
      match: [`# LaunchDarkly\nLD_SDK_KEY=sdk-${fakeUuid('ld-1')}`],
      noMatch: ['# LaunchDarkly\nLD_SDK_KEY=sdk-00000000-0000-0000-0000-000000000000'],
    },
  }),
  defineRule({
    id: 'hubspot-private-app-token',
    family: 'saas',
    description: 'HubSpot private app access token',
    severity: 'high',
    keywords: ['pat-na', 'pat-eu'],
    pattern: /(pat-(?:na|eu)[0-9]-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/,
    boundary: TOKEN_CHARS,
    minEntropy: 3,
    examples: {
      match: [`HUBSPOT_ACCESS_TOKEN=pat-na1-${fakeUuid('hubspot-1')}`],
      noMatch: ['pat-na1-<token>'],
    },
  }),
  defineRule({
    id: 'algolia-admin-key',
    family: 'saas',
    description: 'Algolia admin API key',
    severity: 'high',
    keywords: ['algolia'],
    pattern: assignmentPattern('algolia[\\w.-]{0,20}(?:admin|write|api)[_.-]?key', '[a-f0-9]{32}'),
    boundary: WORD_CHARS,
    minEntropy: 3,
    examples: {
      match: [`ALGOLIA_ADMIN_KEY=${fake(HEX, 32, 'algolia-1')}`],
      noMatch: ['ALGOLIA_APP_ID=ABCDEF1234'],
    },
  }),
  prefixed('clickhouse-cloud-secret', 'ClickHouse Cloud API secret', 'high', '4b1d', /(4b1d[A-Za-z0-9]{38})/, `CLICKHOUSE_KEY_SECRET=4b1d${fake(ALNUM, 38, 'ch-1')}`, { minEntropy: 3.5 }),
  defineRule({
    id: 'maxmind-license-key',
    family: 'saas',
    description: 'MaxMind license key',
    severity: 'medium',
    keywords: ['_mmk'],
    pattern: /([A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk)/,
    boundary: WORD_CHARS,
    minEntropy: 3.5,
    examples: {
      match: [`MAXMIND_LICENSE_KEY=${fake(ALNUM, 6, 'mm-1')}_${fake(ALNUM, 29, 'mm-2')}_mmk`],
      noMatch: ['x_mmk'],
    },
  }),
  prefixed('openshift-user-token', 'OpenShift user token', 'high', 'sha256~', /(sha256~[A-Za-z0-9_-]{43})/, `oc login --token=sha256~${fake(B64URL, 43, 'ocp-1')} --server=https://api.ocp.corp:6443`, { minEntropy: 3.5 }),
  prefixed('shippo-api-token', 'Shippo API token', 'high', 'shippo_', /(shippo_(?:live|test)_[a-fA-F0-9]{40})/, `SHIPPO_API_KEY=shippo_live_${fake(HEX, 40, 'shippo-1')}`),
  defineRule({
    id: 'easypost-api-key',
    family: 'saas',
    description: 'EasyPost API key',
    severity: 'high',
    // EZAK: production key, EZTK: test-mode key; both are full API keys of the account.
    keywords: ['ezak', 'eztk'],
    pattern: /(EZ[AT]K[A-Za-z0-9]{54})/,
    boundary: TOKEN_CHARS,
    minEntropy: 3.5,
    examples: {
      match: [`EASYPOST_API_KEY=EZAK${fake(ALNUM, 54, 'easypost-1')}`, `https://api.example.com/labels?key=EZTK${fake(ALNUM, 54, 'easypost-2')}&carrier=usps`],
      noMatch: ['EZTKshort', `EZTK${fake(ALNUM, 60, 'easypost-3')}`, `EZTK${'x'.repeat(54)}`],
    },
  }),
  prefixed('adobe-client-secret', 'Adobe OAuth client secret', 'high', 'p8e-', /(p8e-[A-Za-z0-9]{32})/, `ADOBE_CLIENT_SECRET=p8e-${fake(ALNUM, 32, 'adobe-1')}`),
  prefixed('duffel-api-token', 'Duffel API token', 'high', 'duffel_', /(duffel_(?:test|live)_[A-Za-z0-9_=-]{43})/, `DUFFEL_ACCESS_TOKEN=duffel_live_${fake(B64URL, 43, 'duffel-1')}`, { minEntropy: 3.5 }),
  prefixed('frameio-api-token', 'Frame.io API token', 'high', 'fio-u-', /(fio-u-[A-Za-z0-9_=-]{64})/, `FRAMEIO_TOKEN=fio-u-${fake(B64URL, 64, 'fio-1')}`, { minEntropy: 3.5 }),
  defineRule({
    id: 'netlify-access-token',
    family: 'saas',
    description: 'Netlify access token',
    severity: 'high',
    keywords: ['netlify'],
    pattern: assignmentPattern('netlify[\\w.-]{0,20}(?:token|key)', '(?:nfp_)?[A-Za-z0-9_-]{40,46}'),
    boundary: TOKEN_CHARS,
    minEntropy: 3.5,
    examples: {
      match: [`NETLIFY_AUTH_TOKEN=nfp_${fake(ALNUM, 36, 'netlify-1')}`],
      noMatch: ['NETLIFY_SITE_ID=acme-site'],
    },
  }),
  defineRule({
    // A Salesforce OAuth access token or session id: the org id (00D + 12, or its 18-character form),
    // `!`, then 96 characters of [A-Za-z0-9._].
    id: 'salesforce-access-token',
    family: 'saas',
    description: 'Salesforce access token / session ID',
    severity: 'high',
    keywords: ['00d'],
    pattern: /(00D[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?![A-Za-z0-9._]{96})/,
    boundary: WORD_CHARS,
    minEntropy: 4,
    examples: {
      match: [
        `sf = Salesforce(instance_url='https://acme.my.salesforce.com', session_id='00D${fake(ALNUM, 12, 'sfdc-1')}!${fake(ALNUM + '._', 96, 'sfdc-2')}')`,
        `SF_ACCESS_TOKEN=00D${fake(ALNUM, 15, 'sfdc-3')}!${fake(ALNUM + '.', 96, 'sfdc-4')}`,
      ],
      noMatch: [
        `SF_ACCESS_TOKEN=00D${fake(ALNUM, 12, 'sfdc-5')}!${fake(ALNUM, 60, 'sfdc-6')}`,
        `SF_ACCESS_TOKEN=00D${fake(ALNUM, 12, 'sfdc-7')}!${'x'.repeat(96)}`,
        `SF_ACCESS_TOKEN=00D${fake(ALNUM, 12, 'sfdc-8')}!${fake(ALNUM, 110, 'sfdc-9')}`,
      ],
    },
  }),
  defineRule({
    // Adafruit IO: `aio_` and 28 alphanumerics (the key shown under "My Key" on io.adafruit.com).
    id: 'adafruit-io-key',
    family: 'saas',
    description: 'Adafruit IO key',
    severity: 'high',
    keywords: ['aio_'],
    anchored: true,
    pattern: /(aio_[A-Za-z0-9]{28})/,
    boundary: TOKEN_CHARS,
    minEntropy: 3.5,
    examples: {
      match: [`#define IO_KEY "aio_${fake(ALNUM, 28, 'aio-1')}"`, `ADAFRUIT_IO_KEY=aio_${fake(ALNUM, 28, 'aio-2')}`],
      noMatch: ['ADAFRUIT_IO_KEY=aio_xxxxxxxxxxxxxxxxxxxxxxxxxxxx', `aio_${fake(ALNUM, 24, 'aio-3')}`, `aio_${fake(ALNUM, 32, 'aio-4')}`, `radio_${fake(ALNUM, 28, 'aio-5')}`],
    },
  }),
  defineRule({
    id: 'vercel-token',
    family: 'saas',
    description: 'Vercel access token',
    severity: 'high',
    keywords: ['vercel'],
    pattern: assignmentPattern('vercel[\\w.-]{0,20}token', '[A-Za-z0-9]{24}'),
    boundary: WORD_CHARS,
    minEntropy: 3.5,
    examples: {
      match: [`VERCEL_TOKEN=${fake(ALNUM, 24, 'vercel-1')}`],
      noMatch: ['VERCEL_ORG_ID=team_acme'],
    },
  }),
  prefixed('apify-api-token', 'Apify API token', 'high', 'apify_api_', /(apify_api_[A-Za-z0-9]{36})/, `APIFY_TOKEN=apify_api_${fake(ALNUM, 36, 'apify-1')}`, { minEntropy: 3.5 }),
  prefixed('builderio-private-key', 'Builder.io private API key', 'high', 'bpk-', /(bpk-[a-f0-9]{32})/, `BUILDER_PRIVATE_KEY=bpk-${fake(HEX, 32, 'builder-1')}`),
  defineRule({
    // The Branch key an app's SDK is initialised with (Info.plist `branch_key`, AndroidManifest):
    // shipped in clients, so low; the Branch secret that pairs with it has no shape of its own.
    id: 'branchio-key',
    family: 'saas',
    description: 'Branch.io app key',
    severity: 'low',
    keywords: ['key_live_', 'key_test_'],
    anchored: true,
    pattern: /(key_(?:live|test)_[A-Za-z0-9]{32})/,
    boundary: WORD_CHARS,
    minEntropy: 3.5,
    examples: {
      match: [`branch.init("key_live_${fake(ALNUM, 32, 'branch-1')}");`, `<key>branch_key</key>\n<string>key_test_${fake(ALNUM, 32, 'branch-2')}</string>`],
      noMatch: [`pkey_live_${fake(ALNUM, 32, 'branch-3')}`, `key_live_${fake(ALNUM, 24, 'branch-4')}`, 'key_live_or_test'],
    },
  }),
  defineRule({
    id: 'clay-api-key',
    family: 'saas',
    description: 'Clay API key',
    severity: 'high',
    keywords: ['clay'],
    anchored: true,
    // 20 hex characters: only under a Clay credential name (`CLAY_API_KEY`, `clay key:`).
    pattern: assignmentPattern('clay(?:[_. \\t-][\\w.-]{0,20}?)?(?:key|token|secret)', '[a-f0-9]{20}'),
    boundary: WORD_CHARS,
    minEntropy: 3,
    examples: {
      match: [`CLAY_API_KEY=${fake(HEX, 20, 'clay-1')}`, `clay key: ${fake(HEX, 20, 'clay-2')}`],
      noMatch: [`CLAY_WORKSPACE_ID=${fake(HEX, 20, 'clay-3')}`, `claymore_key = "${fake(HEX, 20, 'clay-4')}"`, `CLAY_API_KEY=${fake(HEX, 24, 'clay-5')}`],
    },
  }),
  defineRule({
    // Account API tokens (20 alphanumerics) and project API tokens (32 hex).
    id: 'codacy-api-token',
    family: 'saas',
    description: 'Codacy API token',
    severity: 'high',
    keywords: ['codacy'],
    anchored: true,
    pattern: credentialNamePattern('codacy', '[a-f0-9]{32}|[A-Za-z0-9]{20}'),
    boundary: WORD_CHARS,
    minEntropy: 3,
    examples: {
      match: [`export CODACY_PROJECT_TOKEN=${fake(HEX, 32, 'codacy-1')}`, `CODACY_API_TOKEN: "${fake(ALNUM, 20, 'codacy-2')}"`],
      noMatch: ['CODACY_API_TOKEN=<your account API token>', 'CODACY_ORGANIZATION_PROVIDER=gh', `CODACY_API_TOKEN=${fake(ALNUM, 26, 'codacy-3')}`],
    },
  }),
  defineRule({
    // Server-side keys; the body is base58 (216 characters in public samples).
    id: 'crossmint-server-api-key',
    family: 'saas',
    description: 'Crossmint server-side API key',
    severity: 'high',
    keywords: ['sk_staging_', 'sk_production_'],
    anchored: true,
    pattern: /(sk_(?:staging|production)_[1-9A-HJ-NP-Za-km-z]{150,260})/,
    boundary: WORD_CHARS,
    minEntropy: 4.5,
    examples: {
      match: [`CROSSMINT_SERVER_API_KEY=sk_production_${fake(BASE58, 216, 'crossmint-1')}`],
      noMatch: ['CROSSMINT_SERVER_KEY=sk_staging_...', `sk_staging_${fake(BASE58, 40, 'crossmint-2')}`],
    },
  }),
  defineRule({
    // Client-side keys are restricted to configured origins and meant to ship in web and mobile apps.
    id: 'crossmint-client-api-key',
    family: 'saas',
    description: 'Crossmint client-side API key',
    severity: 'low',
    keywords: ['ck_staging_', 'ck_production_'],
    anchored: true,
    pattern: /(ck_(?:staging|production)_[1-9A-HJ-NP-Za-km-z]{150,260})/,
    boundary: WORD_CHARS,
    minEntropy: 4.5,
    examples: {
      match: [`<CrossmintProvider apiKey="ck_staging_${fake(BASE58, 216, 'crossmint-3')}">`],
      noMatch: ['name="ck_staging_zone_documents_status"', `ck_production_${fake(BASE58, 60, 'crossmint-4')}`],
    },
  }),
  defineRule({
    id: 'beamer-api-key',
    family: 'saas',
    description: 'Beamer API key',
    severity: 'high',
    keywords: ['beamer'],
    anchored: true,
    // `b_` + 44 characters, under a Beamer name (`BEAMER_API_KEY`, the `Beamer-Api-Key` header).
    pattern: providerAssignmentPattern('beamer', 'b_[A-Za-z0-9+/=_-]{44}'),
    boundary: 'A-Za-z0-9+/_-',
    minEntropy: 3.5,
    examples: {
      match: [`BEAMER_API_KEY=b_${fake(B64, 44, 'beamer-1')}`, `headers: { 'Beamer-Api-Key': 'b_${fake(B64URL, 44, 'beamer-2')}' }`],
      noMatch: [`BEAMER_PRODUCT_ID=${fake(ALNUM, 8, 'beamer-3')}`, `b_${fake(B64, 44, 'beamer-4')}`, `BEAMER_API_KEY=b_${fake(B64, 30, 'beamer-5')}`],
    },
  }),
];
