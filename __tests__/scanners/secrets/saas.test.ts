// Observability and SaaS credentials.
import { ALNUM, B64, B64URL, DIGITS, fake, HEX, UPPER_ALNUM } from './fake.js';
import { hits, scan } from './helpers.js';

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

describe('observability and SaaS', () => {
  it('a Datadog agent values file', () => {
    const text = `datadog:\n  site: datadoghq.eu\n  logs:\n    enabled: true\ndd_api_key: ${fake(HEX, 32, 's-1')}\n`;
    expect(hits(text, 'datadog-values.yaml')).toEqual([['datadog-api-key', 5]]);
  });

  it('a newrelic.yml with a license key', () => {
    const text = `common: &default_settings\n  license_key: ${fake(HEX, 36, 's-2')}NRAL\n  app_name: api\n`;
    expect(hits(text, 'newrelic.yml')).toEqual([['new-relic-license-key', 2]]);
  });

  it('Sentry: a DSN is low severity, an auth token is high', () => {
    const text = `SENTRY_DSN=https://${fake(HEX, 32, 's-3')}@o${fake(DIGITS, 6, 's-4')}.ingest.sentry.io/${fake(DIGITS, 7, 's-5')}\nSENTRY_AUTH_TOKEN=sntryu_${fake(HEX, 64, 's-6')}\n`;
    expect(hits(text, '.env')).toEqual([
      ['sentry-dsn', 1],
      ['sentry-user-token', 2],
    ]);
  });

  it('Vault, Doppler, DigitalOcean and Terraform Cloud tokens in a bootstrap script', () => {
    const text = [
      `export VAULT_TOKEN=hvs.${fake(B64URL, 95, 's-7')}`,
      `export DOPPLER_TOKEN=dp.st.prd.${fake(ALNUM, 40, 's-8')}`,
      `export DIGITALOCEAN_TOKEN=dop_v1_${fake(HEX, 64, 's-9')}`,
      `export TF_TOKEN_app_terraform_io=${fake(ALNUM, 14, 's-10')}.atlasv1.${fake(B64URL, 67, 's-11')}`,
    ].join('\n');
    expect(hits(text, 'bootstrap.sh').map(([id]) => id)).toEqual(['vault-service-token', 'doppler-token', 'digitalocean-pat', 'terraform-cloud-token']);
  });

  it('Shopify, Linear, Notion and Postman keys', () => {
    const text = [
      `SHOPIFY_ADMIN_TOKEN=shpat_${fake(HEX, 32, 's-12')}`,
      `LINEAR_API_KEY=lin_api_${fake(ALNUM, 40, 's-13')}`,
      `NOTION_TOKEN=ntn_${fake(DIGITS, 11, 's-14')}${fake(ALNUM, 35, 's-15')}`,
      `POSTMAN_API_KEY=PMAK-${fake(HEX, 24, 's-16')}-${fake(HEX, 34, 's-17')}`,
      `GRAFANA_TOKEN=glsa_${fake(ALNUM, 32, 's-18')}_${fake(HEX, 8, 's-19')}`,
      `NEW_RELIC_API_KEY=NRAK-${fake(UPPER_ALNUM, 27, 's-20')}`,
    ].join('\n');
    expect(hits(text, '.env').map(([id]) => id)).toEqual([
      'shopify-access-token',
      'linear-api-key',
      'notion-api-token',
      'postman-api-key',
      'grafana-service-account-token',
      'new-relic-user-api-key',
    ]);
  });

  it('Asana OAuth app credentials next to Asana names, not Asana resource ids', () => {
    const text = [
      `ASANA_CLIENT_ID=${fake(DIGITS, 16, 's-asana-1')}`,
      `ASANA_CLIENT_SECRET=${fake(ALNUM, 32, 's-asana-2')}`,
      `ASANA_WORKSPACE_ID=${fake(DIGITS, 16, 's-asana-3')}`,
      `ASANA_PROJECT_GID=${fake(DIGITS, 16, 's-asana-4')}`,
    ].join('\n');
    expect(hits(text, 'config/asana.env')).toEqual([
      ['asana-client-id', 1],
      ['asana-client-secret', 2],
    ]);
  });

  it('Go declarations with a type: var asanaToken string = "..."', () => {
    expect(hits(`var asanaToken string = "${fake(DIGITS, 16, 's-asana-5')}"`, 'cmd/sync/main.go')).toEqual([['asana-client-id', 1]]);
  });

  it('EasyPost test-mode keys (EZTK) as well as production keys (EZAK)', () => {
    const text = `EASYPOST_TEST_KEY = "EZTK${fake(ALNUM, 54, 's-ezp-1')}"\nEASYPOST_KEY = "EZAK${fake(ALNUM, 54, 's-ezp-2')}"\n`;
    expect(hits(text, 'shipping/settings.py')).toEqual([
      ['easypost-api-key', 1],
      ['easypost-api-key', 2],
    ]);
  });

  it('an Arduino sketch with its Adafruit IO key', () => {
    const text = `#include "AdafruitIO_WiFi.h"\n#define IO_USERNAME "maker"\n#define IO_KEY "aio_${fake(ALNUM, 28, 's-aio-1')}"\nAdafruitIO_WiFi io(IO_USERNAME, IO_KEY, WIFI_SSID, WIFI_PASS);\n`;
    expect(hits(text, 'firmware/config.h')).toEqual([['adafruit-io-key', 3]]);
  });

  it('New Relic: an EU-region license key in the agent config, admin and Insights query keys in a script', () => {
    const yml = `common: &default_settings\n  license_key: eu01xx${fake(HEX, 30, 's-nr-eu-1')}NRAL\n  app_name: api\n`;
    expect(hits(yml, 'newrelic.yml')).toEqual([['new-relic-license-key', 2]]);
    const sh = [
      `export NEW_RELIC_ADMIN_API_KEY=NRAA-${fake(HEX, 27, 's-nr-aa-1')}`,
      `curl -H "X-Query-Key: NRIQ-${fake(B64URL, 32, 's-nr-iq-1')}" "https://insights-api.eu.newrelic.com/v1/accounts/1/query?nrql=SELECT%20count(*)%20FROM%20Transaction"`,
    ].join('\n');
    expect(hits(sh, 'scripts/nr-report.sh')).toEqual([
      ['new-relic-admin-api-key', 1],
      ['new-relic-insights-query-key', 2],
    ]);
  });

  it('a Salesforce session id pasted into a simple-salesforce script', () => {
    const token = `00D${fake(ALNUM, 12, 's-sfdc-1')}!${fake(ALNUM + '.', 96, 's-sfdc-2')}`;
    const text = `from simple_salesforce import Salesforce\n\nsf = Salesforce(\n    instance_url="https://acme.my.salesforce.com",\n    session_id="${token}",\n)\nprint(sf.query("SELECT Id FROM Account LIMIT 1"))\n`;
    expect(hits(text, 'scripts/sfdc_export.py')).toEqual([['salesforce-access-token', 5]]);
  });

  it('a growth service .env: scraping, CMS, enrichment, code quality, NFT checkout and changelog keys', () => {
    const text = [
      `APIFY_TOKEN=apify_api_${fake(ALNUM, 36, 's-20')}`,
      `BUILDER_PRIVATE_KEY=bpk-${fake(HEX, 32, 's-21')}`,
      'CLAY_TABLE_ID=t_0tcz3s2mcwfbnd',
      `CLAY_API_KEY=${fake(HEX, 20, 's-22')}`,
      'CODACY_ORGANIZATION_PROVIDER=gh',
      `CODACY_PROJECT_TOKEN=${fake(HEX, 32, 's-23')}`,
      `CROSSMINT_SERVER_API_KEY=sk_production_${fake(BASE58, 216, 's-24')}`,
      `BEAMER_API_KEY=b_${fake(B64, 44, 's-25')}`,
    ].join('\n');
    expect(hits(text, 'services/growth/.env')).toEqual([
      ['apify-api-token', 1],
      ['builderio-private-key', 2],
      ['clay-api-key', 4],
      ['codacy-api-token', 6],
      ['crossmint-server-api-key', 7],
      ['beamer-api-key', 8],
    ]);
  });

  it('client-side keys shipped in a mobile app are reported at low severity', () => {
    const text = [
      'export default {',
      `  ios: { config: { branch: { apiKey: 'key_live_${fake(ALNUM, 32, 's-26')}' } } },`,
      `  extra: { crossmintClientKey: 'ck_production_${fake(BASE58, 216, 's-27')}' },`,
      '};',
    ].join('\n');
    const findings = scan(text, 'app.config.ts').filter((f) => f.category === 'secret');
    expect(findings.map((f) => [f.ruleId, f.line, f.severity])).toEqual([
      ['secrets/branchio-key', 2, 'low'],
      ['secrets/crossmint-client-api-key', 3, 'low'],
    ]);
  });
});
