// Realistic files that hold several providers' credentials (or none): each credential is one
// finding, by its own rule, on its line, and the rules do not shadow or repeat one another.
// Files with one provider's credentials are whole-file samples beside that provider's rules
// (rules/<provider>.samples.ts).
import { ALNUM, B64, B64URL, checksummedToken, DIGITS, fake, fakeUuid, HEX, UPPER_ALNUM } from './fake.js';
import { hits, scan } from './helpers.js';

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const digits7 = (n: number, seed: string): string => `7${fake(DIGITS, n - 1, seed)}`;

describe('several providers in one file', () => {
  it('an agent module with OpenAI and Anthropic clients', () => {
    const text = [
      'from openai import OpenAI',
      'import anthropic',
      '',
      `oai = OpenAI(api_key="sk-proj-${fake(B64URL, 74, 'ai-1')}T3BlbkFJ${fake(B64URL, 74, 'ai-2')}")`,
      `claude = anthropic.Anthropic(api_key="sk-ant-api03-${fake(B64URL, 93, 'ai-3')}AA")`,
      'model = "claude-3-5-sonnet-latest"',
    ].join('\n');
    expect(hits(text, 'agent/clients.py')).toEqual([
      ['openai-project-key', 4],
      ['anthropic-api-key', 5],
    ]);
  });

  it('a LiteLLM-style YAML config with several providers', () => {
    const text = [
      'model_list:',
      '  - model_name: llama',
      '    litellm_params:',
      '      model: groq/llama3-70b-8192',
      `      api_key: gsk_${fake(ALNUM, 52, 'ai-4')}`,
      '  - model_name: sonar',
      '    litellm_params:',
      '      model: perplexity/sonar',
      `      api_key: pplx-${fake(ALNUM, 48, 'ai-5')}`,
      '  - model_name: router',
      '    litellm_params:',
      `      api_key: sk-or-v1-${fake(HEX, 64, 'ai-6')}`,
      '      api_key_env: OPENAI_API_KEY',
    ].join('\n');
    expect(hits(text, 'litellm/config.yaml')).toEqual([
      ['groq-api-key', 5],
      ['perplexity-api-key', 9],
      ['openrouter-api-key', 12],
    ]);
  });

  it("speech, language and vision keys named by their provider, but not the provider's resource ids", () => {
    const text = [
      '# providers.py',
      `DEEPGRAM_API_KEY = "${fake(HEX, 40, 'ai-8')}"`,
      `DEEPGRAM_PROJECT_ID = "${fakeUuid('ai-9')}"`,
      `assemblyai_token = "${fake(HEX, 32, 'ai-10')}"`,
      `AI21_API_KEY = "${fakeUuid('ai-11')}"`,
      `AI21_REQUEST_ID = "${fakeUuid('ai-12')}"`,
      `clarifai_pat = "${fake(HEX, 32, 'ai-13')}"`,
      `DEEPL_HEADERS = {"Authorization": "DeepL-Auth-Key ${fakeUuid('ai-14')}:fx"}`,
    ].join('\n');
    expect(hits(text, 'app/providers.py')).toEqual([
      ['deepgram-api-key', 2],
      ['assemblyai-api-key', 4],
      ['ai21-api-key', 5],
      ['clarifai-pat', 7],
      ['deepl-api-key', 8],
    ]);
  });

  it('an .npmrc with a GitHub token for a scoped registry, a registry token and an env reference', () => {
    const text = `@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${checksummedToken('ghp_', 'ci-1')}\n//registry.npmjs.org/:_authToken=\${NPM_TOKEN}\n//corp.jfrog.io/artifactory/api/npm/npm/:_authToken=${fake(B64URL, 64, 'ci-2')}\n`;
    expect(hits(text, '.npmrc')).toEqual([
      ['github-pat', 2],
      ['npmrc-auth-token', 4],
    ]);
  });

  it('npm, RubyGems, NuGet and SonarQube tokens in CI scripts', () => {
    const text = [
      `npm config set //registry.npmjs.org/:_authToken ${checksummedToken('npm_', 'ci-6')}`,
      `gem push pkg.gem --key rubygems_${fake(HEX, 48, 'ci-7')}`,
      `dotnet nuget push out/*.nupkg --api-key oy2${fake('abcdefghijklmnopqrstuvwxyz0123456789', 43, 'ci-8')}`,
      `sonar-scanner -Dsonar.token=sqp_${fake(HEX, 40, 'ci-9')}`,
    ].join('\n');
    expect(hits(text, 'ci/publish.sh')).toEqual([
      ['npm-access-token', 1],
      ['rubygems-api-key', 2],
      ['nuget-api-key', 3],
      ['sonarqube-token', 4],
    ]);
  });

  it('a data stack .env: CockroachDB Cloud and Atlas service accounts, a Bedrock API key', () => {
    const bedrock = 'ABSK' + Buffer.from(`BedrockAPIKey-${fake(HEX, 4, 'c-br-1')}-at-${fake(DIGITS, 12, 'c-br-2')}:${fake(B64, 60, 'c-br-3')}`).toString('base64');
    const text = [
      `COCKROACH_API_KEY=CCDB1_${fake(ALNUM, 22, 'c-ccdb-1')}_${fake(ALNUM, 40, 'c-ccdb-2')}`,
      `MONGODB_ATLAS_CLIENT_ID=mdb_sa_id_${fake(HEX, 24, 'c-mdb-1')}`,
      `MONGODB_ATLAS_CLIENT_SECRET=mdb_sa_sk_${fake(ALNUM, 40, 'c-mdb-2')}`,
      'AWS_REGION=us-east-1',
      `AWS_BEARER_TOKEN_BEDROCK=${bedrock}`,
    ].join('\n');
    expect(hits(text, '.env')).toEqual([
      ['cockroachdb-cloud-api-key', 1],
      ['mongodb-atlas-service-account-secret', 3],
      ['aws-bedrock-api-key', 5],
    ]);
  });

  it('SendGrid, Mailgun and Mailchimp keys in a mailer', () => {
    const text = [
      `SENDGRID_API_KEY = "SG.${fake(B64URL, 22, 'm-10')}.${fake(B64URL, 43, 'm-11')}"`,
      `MAILGUN_API_KEY = "key-${fake(HEX, 32, 'm-12')}"`,
      `MAILCHIMP = "${fake(HEX, 32, 'm-13')}-us6"`,
    ].join('\n');
    expect(hits(text, 'mailer/settings.py')).toEqual([
      ['sendgrid-api-key', 1],
      ['mailgun-api-key', 2],
      ['mailchimp-api-key', 3],
    ]);
  });

  it('Telegram and Discord bot tokens', () => {
    const discord = `${Buffer.from(digits7(18, 'm-14')).toString('base64url')}.${fake(B64URL, 6, 'm-15')}.${fake(B64URL, 38, 'm-16')}`;
    const text = `import discord\nTELEGRAM = "${digits7(10, 'm-17')}:AA${fake(B64URL, 33, 'm-18')}"\nbot.run("${discord}")\n`;
    expect(hits(text, 'bots/main.py')).toEqual([
      ['telegram-bot-token', 2],
      ['discord-bot-token', 3],
    ]);
  });

  it('Square, Braintree and Plaid in a payments service', () => {
    const text = [
      `SQUARE_ACCESS_TOKEN = "EAAA${fake(B64URL, 60, 'pay-5')}"`,
      `BRAINTREE = "access_token$production$${fake('abcdefghijklmnopqrstuvwxyz0123456789', 16, 'pay-6')}$${fake(HEX, 32, 'pay-7')}"`,
      `PLAID_ITEM_TOKEN = "access-production-${fakeUuid('pay-8')}"`,
    ].join('\n');
    expect(hits(text, 'payments/settings.py')).toEqual([
      ['square-access-token', 1],
      ['braintree-access-token', 2],
      ['plaid-access-token', 3],
    ]);
  });

  it('Vault, Doppler, DigitalOcean and Terraform Cloud tokens in a bootstrap script', () => {
    const text = [
      `export VAULT_TOKEN=hvs.${fake(B64URL, 95, 's-7')}`,
      `export DOPPLER_TOKEN=dp.st.prd.${fake(ALNUM, 40, 's-8')}`,
      `export DIGITALOCEAN_TOKEN=dop_v1_${fake(HEX, 64, 's-9')}`,
      `export TF_TOKEN_app_terraform_io=${fake(ALNUM, 14, 's-10')}.atlasv1.${fake(B64URL, 67, 's-11')}`,
    ].join('\n');
    expect(hits(text, 'bootstrap.sh')).toEqual([
      ['vault-service-token', 1],
      ['doppler-token', 2],
      ['digitalocean-pat', 3],
      ['terraform-cloud-token', 4],
    ]);
  });

  it('Shopify, Linear, Notion, Postman, Grafana and New Relic keys', () => {
    const text = [
      `SHOPIFY_ADMIN_TOKEN=shpat_${fake(HEX, 32, 's-12')}`,
      `LINEAR_API_KEY=lin_api_${fake(ALNUM, 40, 's-13')}`,
      `NOTION_TOKEN=ntn_${fake(DIGITS, 11, 's-14')}${fake(ALNUM, 35, 's-15')}`,
      `POSTMAN_API_KEY=PMAK-${fake(HEX, 24, 's-16')}-${fake(HEX, 34, 's-17')}`,
      `GRAFANA_TOKEN=glsa_${fake(ALNUM, 32, 's-18')}_${fake(HEX, 8, 's-19')}`,
      `NEW_RELIC_API_KEY=NRAK-${fake(UPPER_ALNUM, 27, 's-20')}`,
    ].join('\n');
    expect(hits(text, '.env')).toEqual([
      ['shopify-access-token', 1],
      ['linear-api-key', 2],
      ['notion-api-token', 3],
      ['postman-api-key', 4],
      ['grafana-service-account-token', 5],
      ['new-relic-user-api-key', 6],
    ]);
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

describe('several providers named, no credential', () => {
  it('placeholders in an example .env are quiet', () => {
    const text = 'OPENAI_API_KEY=sk-proj-...\nANTHROPIC_API_KEY=sk-ant-api03-xxxxxxxx\nHF_TOKEN=hf_...\n';
    expect(hits(text, '.env.example')).toEqual([]);
  });

  it('CI secret references are quiet', () => {
    const text = `env:\n  SNYK_TOKEN: \${{ secrets.SNYK_TOKEN }}\n  CODECOV_TOKEN: \${{ secrets.CODECOV_TOKEN }}\n  NPM_CONFIG_USERCONFIG: .npmrc\n`;
    expect(hits(text, '.github/workflows/ci.yml')).toEqual([]);
  });

  it('cloud resource identifiers are not credentials', () => {
    const text = `subscription_id = "${fakeUuid('c-neg-1')}"\ntenant_id = "${fakeUuid('c-neg-2')}"\nrole = "arn:aws:iam::123456789012:role/deploy"\nbucket = "acme-prod-logs"\n`;
    expect(hits(text, 'infra/providers.tf')).toEqual([]);
  });
});
