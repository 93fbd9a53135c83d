// A small self-measurement corpus: realistic snippets that contain a secret (positives) and realistic
// configuration and code that does not (negatives). Tokens are generated at run time from
// deterministic pseudo-random characters, so no literal credential is committed.
import { scanSecrets } from '../../../../src/scanners/secrets/index.js';
import {
  ALNUM,
  ALPHA,
  B64,
  B64URL,
  BASE32,
  BASE32_LOWER,
  checksummedToken,
  DIGITS,
  fake,
  fakeJwt,
  fakePemBody,
  fakePrivateKey,
  fakeUuid,
  HEX,
  LOWER_ALNUM,
  UPPER_ALNUM,
} from '../fake.js';

export interface CorpusCase {
  label: string;
  path: string;
  text: string;
}

let n = 0;
/** A fresh deterministic seed per call, so every token in the corpus differs. */
const s = (tag: string): string => `corpus-${tag}-${n++}`;
const hex = (len: number, tag = 'hex'): string => fake(HEX, len, s(tag));
const alnum = (len: number, tag = 'alnum'): string => fake(ALNUM, len, s(tag));
const b64url = (len: number, tag = 'b64url'): string => fake(B64URL, len, s(tag));
const b64 = (len: number, tag = 'b64'): string => fake(B64, len, s(tag));
const digits = (len: number): string => String(1 + (Number.parseInt(fake(DIGITS, 4, s('d')), 10) % 9)) + fake(DIGITS, len - 1, s('digits'));
const b64of = (text: string): string => Buffer.from(text, 'utf8').toString('base64');
const password = (tag = 'pw'): string => `${fake(ALPHA, 6, s(tag))}${fake(DIGITS, 3, s(tag))}!${fake(ALNUM, 5, s(tag))}`;

function positives(): CorpusCase[] {
  const cases: CorpusCase[] = [];
  const add = (label: string, path: string, text: string): void => {
    cases.push({ label, path, text });
  };

  // Cloud
  add('aws key id in credentials file', '.aws/credentials', `[default]\naws_access_key_id = AKIA${fake(BASE32, 16, s('aws'))}\nregion = eu-west-1\n`);
  add('aws secret in credentials file', 'ops/credentials', `[prod]\naws_secret_access_key = ${b64(40).replace(/=/g, 'A')}\n`);
  add('aws keys in python', 'scripts/upload.py', `s3 = boto3.client("s3", aws_access_key_id="ASIA${fake(BASE32, 16, s('aws'))}")\n`);
  add('aws key pair csv', 'exports/keys.csv', `User name,Access key ID,Secret access key\nci,AKIA${fake(BASE32, 16, s('aws'))},${b64(40).replace(/=/g, 'B')}\n`);
  add('aws in terraform provider', 'infra/provider.tf', `provider "aws" {\n  region     = "us-east-1"\n  access_key = "AKIA${fake(BASE32, 16, s('aws'))}"\n}\n`);
  add('azure storage connection string', 'appsettings.json', `{\n  "Storage": "DefaultEndpointsProtocol=https;AccountName=acmelogs;AccountKey=${b64(86)}==;EndpointSuffix=core.windows.net"\n}`);
  add('azure service bus', 'local.settings.json', `{"Values": {"ServiceBus": "Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=app;SharedAccessKey=${b64(43)}="}}`);
  add('azure sas url', 'scripts/backup.ps1', `$url = "https://acme.blob.core.windows.net/backups?sv=2021-08-06&ss=b&srt=sco&sp=rwdlac&se=2030-01-01T00:00:00Z&sig=${encodeURIComponent(b64(43) + '=')}"`);
  add('azure ad client secret', 'config/auth.yaml', `azure:\n  tenant: contoso.onmicrosoft.com\n  clientSecret: ${alnum(3)}7Q~${b64url(34).replace(/-/g, '.')}\n`);
  add('google api key in js', 'web/src/maps.js', `const loader = new Loader({ apiKey: "AIza${b64url(35)}", version: "weekly" });`);
  add('gcp service account json', 'keys/sa.json', `{"type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\\n${fakePemBody(s('gsa'), 900).replace(/\n/g, '\\n')}\\n-----END PRIVATE KEY-----\\n"}`);
  add('google oauth client secret', 'client_secret.json', `{"installed":{"client_id":"${digits(12)}-abc.apps.googleusercontent.com","client_secret":"GOCSPX-${b64url(28)}"}}`);
  add('alibaba access key', 'config.ini', `[aliyun]\naccess_key_id = LTAI${alnum(20)}\n`);
  add('tencent secret id', 'deploy/env.sh', `export TENCENTCLOUD_SECRET_ID=AKID${alnum(32)}`);
  add('databricks token', 'notebooks/job.py', `headers = {"Authorization": f"Bearer {'dapi${hex(32)}'}"}`);
  add('cloudflare origin ca', '.env', `CF_ORIGIN_KEY=v1.0-${hex(24)}-${hex(146)}`);
  add('supabase access token', '.github/workflows/db.yml', `      - run: supabase link --project-ref abc\n        env:\n          SUPABASE_ACCESS_TOKEN: sbp_${hex(40)}\n`);
  add('fly token', 'fly.env', `FLY_API_TOKEN=fo1_${b64url(43)}`);

  // Source hosting
  add('github pat in gitconfig url', '.gitmodules', `[submodule "lib"]\n  url = https://x-access-token:${checksummedToken('ghp_', s('gh'))}@github.com/acme/lib.git\n`);
  add('github pat in workflow', '.github/workflows/release.yml', `    env:\n      GH_TOKEN: ${checksummedToken('ghp_', s('gh'))}\n`);
  add('github oauth token in js', 'scripts/sync.js', `const octokit = new Octokit({ auth: "${checksummedToken('gho_', s('gh'))}" });`);
  add('github app token', 'bot/config.json', `{"installationToken": "${checksummedToken('ghs_', s('gh'))}"}`);
  add('github fine grained', '.env.local', `GITHUB_TOKEN=github_pat_${alnum(22)}_${alnum(59)}`);
  add('gitlab pat', '.gitlab-ci.yml', `variables:\n  GITLAB_API_TOKEN: glpat-${b64url(20)}\n`);
  add('gitlab runner token', 'runner/config.toml', `[[runners]]\n  name = "docker"\n  token = "glrt-${b64url(20)}"\n`);
  add('gitlab deploy token', 'helm/values.yaml', `imageCredentials:\n  username: gitlab+deploy-token-12\n  password: gldt-${b64url(20)}\n`);
  add('bitbucket app password', 'scripts/mirror.sh', `git push https://ci:ATBB${alnum(32)}@bitbucket.org/acme/app.git`);
  add('azure devops pat', 'pipelines/setup.ps1', `$env:AZURE_DEVOPS_EXT_PAT = "${alnum(76)}AZDO${alnum(4)}"`);
  add('azure devops legacy pat', '.env', `AZURE_DEVOPS_PAT=${fake(BASE32_LOWER, 52, s('ado'))}`);

  // CI/CD and registries
  add('npm token in npmrc', '.npmrc', `//registry.npmjs.org/:_authToken=${checksummedToken('npm_', s('npm'))}\n`);
  add('private registry token in npmrc', '.npmrc', `@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${fakeUuid(s('npmrc'))}\n`);
  add('pypirc token', '.pypirc', `[pypi]\nusername = __token__\npassword = pypi-AgEIcHlwaS5vcmc${b64url(150)}\n`);
  add('docker hub token', 'Makefile', `login:\n\techo dckr_pat_${b64url(27)} | docker login -u acme --password-stdin\n`);
  add('docker config auth', '.docker/config.json', `{"auths": {"registry.acme.io": {"auth": "${b64of('robot$ci:' + alnum(24))}"}}}`);
  add('artifactory api key', 'gradle.properties', `artifactory_password=AKCp${alnum(69)}\n`);
  add('rubygems key', '.gem/credentials', `---\n:rubygems_api_key: rubygems_${hex(48)}\n`);
  add('nuget key', 'build.ps1', `dotnet nuget push *.nupkg -k oy2${fake(LOWER_ALNUM, 43, s('nuget'))} -s https://api.nuget.org/v3/index.json`);
  add('circleci token', 'scripts/trigger.sh', `curl -H "Circle-Token: CCIPAT_${alnum(22)}_${hex(40)}" https://circleci.com/api/v2/me`);
  add('sonar token', 'sonar-project.properties', `sonar.projectKey=acme\nsonar.token=squ_${hex(40)}\n`);
  add('pulumi token', '.envrc', `export PULUMI_ACCESS_TOKEN=pul-${hex(40)}`);
  add('terraform cloud token', '.terraformrc', `credentials "app.terraform.io" {\n  token = "${alnum(14)}.atlasv1.${b64url(67)}"\n}\n`);
  add('buildkite token', 'scripts/bk.sh', `BUILDKITE_TOKEN=bkua_${hex(40)}`);
  add('octopus key', 'deploy.ps1', `$apiKey = "API-${fake(UPPER_ALNUM, 26, s('octo'))}"`);
  add('snyk token', '.github/snyk.env', `SNYK_TOKEN=${fakeUuid(s('snyk'))}`);

  // AI providers
  add('openai project key in python', 'agent/llm.py', `client = OpenAI(api_key="sk-proj-${b64url(74)}T3BlbkFJ${b64url(74)}")`);
  add('openai legacy key', 'notebooks/demo.ipynb', `"openai.api_key = 'sk-${alnum(20)}T3BlbkFJ${alnum(20)}'\\n"`);
  add('anthropic key in env', '.env', `ANTHROPIC_API_KEY=sk-ant-api03-${b64url(93)}AA`);
  add('anthropic key in ts', 'src/claude.ts', `const anthropic = new Anthropic({ apiKey: 'sk-ant-api03-${b64url(93)}AA' });`);
  add('huggingface token', 'train.py', `login(token="hf_${fake(ALPHA, 34, s('hf'))}")`);
  add('groq key', 'config/llm.yaml', `providers:\n  groq:\n    api_key: gsk_${alnum(52)}\n`);
  add('replicate token', '.env', `REPLICATE_API_TOKEN=r8_${alnum(37)}`);
  add('perplexity key', 'app/search.ts', `const pplx = "pplx-${alnum(48)}";`);
  add('xai key', 'app/grok.py', `XAI_API_KEY = "xai-${alnum(80)}"`);
  add('openrouter key', '.env', `OPENROUTER_API_KEY=sk-or-v1-${hex(64)}`);
  add('langsmith key', '.env', `LANGCHAIN_API_KEY=lsv2_pt_${hex(32)}_${hex(10)}`);
  add('pinecone key', 'rag/index.py', `pc = Pinecone(api_key="pcsk_${alnum(6)}_${alnum(63)}")`);
  add('cohere key', '.env', `COHERE_API_KEY=${alnum(40)}`);
  add('mistral key', 'settings.toml', `[mistral]\nmistral_api_key = "${alnum(32)}"\n`);
  add('langfuse secret', '.env', `LANGFUSE_SECRET_KEY=sk-lf-${fakeUuid(s('lf'))}`);
  add('article agent api key', 'agent/settings.py', 'AGENT_API_KEY = "sk-dev-token"');

  // Payments
  add('stripe live key in ruby', 'config/initializers/stripe.rb', `Stripe.api_key = 'sk_live_${alnum(99)}'`);
  add('stripe restricted key', '.env.production', `STRIPE_KEY=rk_live_${alnum(99)}`);
  add('stripe webhook secret', 'app/webhooks.ts', `const endpointSecret = "whsec_${alnum(32)}";`);
  add('square token', 'config/square.yml', `production:\n  access_token: EAAA${b64url(60)}\n`);
  add('square oauth secret', '.env', `SQUARE_APPLICATION_SECRET=sq0csp-${b64url(43)}`);
  add('braintree token', 'payments/gateway.py', `gateway = braintree.BraintreeGateway(access_token="access_token$production$${fake(LOWER_ALNUM, 16, s('bt'))}$${hex(32)}")`);
  add('paypal secret', '.env', `PAYPAL_CLIENT_SECRET=E${b64url(79)}`);
  add('plaid access token', 'db/seed.sql', `INSERT INTO items (token) VALUES ('access-production-${fakeUuid(s('plaid'))}');`);
  add('flutterwave secret', '.env', `FLW_SECRET_KEY=FLWSECK_TEST-${fake('abcdefgh0123456789', 32, s('flw'))}-X`);
  add('razorpay secret', 'config/payments.yaml', `razorpay_key_secret: ${alnum(24)}`);
  add('adyen key', '.env', `ADYEN_API_KEY=AQE${b64(120)}`);

  // Messaging
  add('slack bot token', 'bot/app.js', `const app = new App({ token: "xoxb-${digits(12)}-${digits(13)}-${alnum(24)}" });`);
  add('slack user token', '.env', `SLACK_USER_TOKEN=xoxp-${digits(12)}-${digits(12)}-${digits(13)}-${hex(32)}`);
  add('slack webhook', 'alerts/notify.py', `WEBHOOK = "https://hooks.slack.com/services/T${fake(UPPER_ALNUM, 8, s('sw'))}/B${fake(UPPER_ALNUM, 10, s('sw'))}/${alnum(24)}"`);
  add('slack app token', 'socket.env', `SLACK_APP_TOKEN=xapp-1-A${fake(UPPER_ALNUM, 10, s('sa'))}-${digits(13)}-${hex(64)}`);
  add('twilio account credentials', 'sms/send.sh', `curl -X POST https://api.twilio.com/2010-04-01/Accounts/AC${hex(32)}/Messages.json -u AC${hex(32)}:${hex(32)}`);
  add('twilio auth token', 'config/twilio.yml', `twilio:\n  twilio_auth_token: ${hex(32)}\n`);
  add('sendgrid key', 'mail/settings.py', `SENDGRID_API_KEY = "SG.${b64url(22)}.${b64url(43)}"`);
  add('mailgun key', '.env', `MAILGUN_API_KEY=key-${hex(32)}`);
  add('mailchimp key', 'newsletter.py', `client.set_config({"api_key": "${hex(32)}-us14"})`);
  add('brevo key', '.env', `BREVO_API_KEY=xkeysib-${hex(64)}-${alnum(16)}`);
  add('discord webhook', 'ci/notify.sh', `curl -H "Content-Type: application/json" -d '{"content":"done"}' https://discord.com/api/webhooks/${digits(19)}/${b64url(68)}`);
  add('discord bot token', 'bot/main.py', `import discord\nclient.run("${Buffer.from(digits(18)).toString('base64url')}.${b64url(6)}.${b64url(38)}")`);
  add('telegram bot token', 'bot/config.py', `TELEGRAM_TOKEN = "${digits(10)}:AA${b64url(33)}"`);
  add('teams webhook', 'alerts.yaml', `teams_webhook: https://acme.webhook.office.com/webhookb2/${fakeUuid(s('t'))}@${fakeUuid(s('t'))}/IncomingWebhook/${hex(32)}/${fakeUuid(s('t'))}`);
  add('twitter bearer', '.env', `TWITTER_BEARER_TOKEN=${'A'.repeat(22)}${alnum(90)}`);
  add('facebook page token', 'social/post.js', `const PAGE_TOKEN = 'EAAC${alnum(180)}';`);

  // Observability and SaaS
  add('datadog api key', 'datadog.yaml', `api_key: ${hex(32)}\nsite: datadoghq.eu\n`);
  add('datadog env', 'docker-compose.yml', `  agent:\n    environment:\n      - DD_API_KEY=${hex(32)}\n`);
  add('new relic user key', 'newrelic.env', `NEW_RELIC_API_KEY=NRAK-${fake(UPPER_ALNUM, 27, s('nr'))}`);
  add('new relic license', 'newrelic.yml', `common: &default_settings\n  license_key: ${hex(36)}NRAL\n`);
  add('sentry auth token', '.sentryclirc', `[auth]\ntoken=sntryu_${hex(64)}\n`);
  add('shopify token', 'shop/sync.rb', `session = ShopifyAPI::Auth::Session.new(shop: "acme.myshopify.com", access_token: "shpat_${hex(32)}")`);
  add('shopify shared secret', '.env', `SHOPIFY_API_SECRET=shpss_${hex(32)}`);
  add('atlassian token', 'jira/client.py', `jira = JIRA(server, basic_auth=("bot@acme.io", "ATATT3${b64url(186)}"))`);
  add('linear key', '.env', `LINEAR_API_KEY=lin_api_${alnum(40)}`);
  add('notion token', 'notion/sync.ts', `const notion = new Client({ auth: "ntn_${fake(DIGITS, 11, s('ntn'))}${alnum(35)}" });`);
  add('notion legacy token', '.env', `NOTION_TOKEN=secret_${alnum(43)}`);
  add('postman key', 'postman/run.sh', `newman run https://api.getpostman.com/collections/1?apikey=PMAK-${hex(24)}-${hex(34)}`);
  add('digitalocean token', 'terraform.tfvars', `do_token = "dop_v1_${hex(64)}"`);
  add('heroku key', '.env', `HEROKU_API_KEY=HRKU-AA${b64url(58)}`);
  add('heroku uuid key', 'scripts/deploy.sh', `export HEROKU_API_KEY=${fakeUuid(s('heroku'))}`);
  add('doppler token', '.env', `DOPPLER_TOKEN=dp.st.prd.${alnum(40)}`);
  add('vault token', 'scripts/vault.sh', `export VAULT_TOKEN=hvs.${b64url(95)}`);
  add('grafana sa token', 'grafana/provision.sh', `curl -H "Authorization: Bearer glsa_${alnum(32)}_${hex(8)}" https://grafana.acme.io/api/dashboards`);
  add('grafana cloud token', '.env', `GRAFANA_CLOUD_TOKEN=glc_${b64(120)}`);
  add('airtable pat', 'airtable.py', `api = Api("pat${alnum(14)}.${hex(64)}")  # airtable`);
  add('contentful pat', '.env', `CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-${b64url(43)}`);
  add('dynatrace token', 'dynatrace.env', `DT_API_TOKEN=dt0c01.${fake(UPPER_ALNUM, 24, s('dt'))}.${fake(UPPER_ALNUM, 64, s('dt'))}`);
  add('okta token', 'okta.env', `OKTA_API_TOKEN=00${b64url(40)}`);
  add('1password sa token', '.env', `OP_SERVICE_ACCOUNT_TOKEN=ops_eyJ${b64(400)}`);
  add('hubspot token', 'crm/sync.py', `HUBSPOT_TOKEN = "pat-na1-${fakeUuid(s('hs'))}"`);
  add('pagerduty key', 'alerting.yaml', `pagerduty_api_key: u+${b64url(18)}`);
  add('mapbox secret', '.env', `MAPBOX_DOWNLOADS_TOKEN=sk.eyJ1Ijoi${b64url(60)}.${b64url(22)}`);
  add('algolia admin key', 'search/index.js', `const client = algoliasearch('ABC123', '${hex(32)}'); // ALGOLIA_ADMIN_KEY`);
  add('openshift token', 'scripts/oc.sh', `oc login --token=sha256~${b64url(43)} --server=https://api.ocp.acme.io:6443`);

  // Keyed app credentials, curl and headerless keys (shapes measured against gitleaks' rule cases)
  add('asana oauth client secret', 'config/asana.env', `ASANA_CLIENT_SECRET=${alnum(32)}\n`);
  add('discord oauth client secret', 'bot/.env', `DISCORD_CLIENT_ID=${digits(18)}\nDISCORD_CLIENT_SECRET=${b64url(32)}\n`);
  add('easypost test key', 'shipping/client.rb', `EasyPost.api_key = "EZTK${alnum(54)}"\n`);
  add('facebook app access token', 'scripts/fb.sh', `curl "https://graph.facebook.com/v19.0/app?access_token=${digits(16)}|${hex(32)}"\n`);
  add('curl basic credentials', 'docs/api.md', `\`\`\`sh\ncurl --user 'deploy:${password()}' https://registry.corp.internal/v2/_catalog\n\`\`\`\n`);
  add('go typed var with provider name', 'internal/asana/client.go', `var asanaClientSecret string = "${alnum(32)}"\n`);
  add('headerless rsa key', 'config/jwt.json', `{"privateKey": "${Buffer.concat([Buffer.from('308204a40201000282010100', 'hex'), Buffer.from(hex(2360), 'hex')]).toString('base64')}"}`);

  // Private keys
  add('rsa key in pem file', 'certs/server.key', fakePrivateKey('RSA ', s('pk')));
  add('ec key in pem file', 'certs/ec.key', fakePrivateKey('EC ', s('pk'), 121));
  add('pkcs8 key in js string', 'src/sign.js', `const privateKey = "${fakePrivateKey('', s('pk')).replace(/\n/g, '\\n')}";`);
  add('openssh key', 'deploy/id_ed25519', fakePrivateKey('OPENSSH ', s('pk'), 400));
  add('encrypted pkcs8', 'certs/client.key', fakePrivateKey('ENCRYPTED ', s('pk'), 1300));
  add('pgp private block', 'keys/release.asc', `-----BEGIN PGP PRIVATE KEY BLOCK-----\nVersion: GnuPG v2\n\n${fakePemBody(s('pgp'), 900)}\n-----END PGP PRIVATE KEY BLOCK-----\n`);
  add('rsa key in yaml block', 'ansible/vars.yml', `deploy_key: |\n  -----BEGIN RSA PRIVATE KEY-----\n  ${fakePemBody(s('pk'), 1190).replace(/\n/g, '\n  ')}\n  -----END RSA PRIVATE KEY-----\n`);
  add('putty key', 'keys/deploy.ppk', `PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nComment: deploy\nPublic-Lines: 2\n${fakePemBody(s('ppk'), 90, 'AAAA')}\nPrivate-Lines: 4\n${fakePemBody(s('ppk'), 180, 'AAAB')}\nPrivate-MAC: ${hex(40)}\n`);
  add('age key', 'keys/age.txt', `# public key: age1${fake(BASE32_LOWER, 58, s('age'))}\nAGE-SECRET-KEY-1${fake('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58, s('age'))}\n`);
  add('dsa key', 'legacy/dsa.key', fakePrivateKey('DSA ', s('pk'), 440));

  // JWTs
  add('jwt in test fixture', 'tests/fixtures/auth.json', `{"accessToken": "${fakeJwt(s('jwt'))}"}`);
  add('jwt in curl', 'docs/api.sh', `curl -H "Authorization: Bearer ${fakeJwt(s('jwt'), { sub: 'svc', role: 'service_role', iat: 1 })}" https://api.acme.io`);
  add('jwt in js', 'src/api.js', `axios.defaults.headers.common.Authorization = \`Bearer ${fakeJwt(s('jwt'))}\`;`);

  // Connection strings and credentialed URLs
  add('article sql connection', 'app/db.py', 'SQL_CONNECTION = "Server=tcp:demo.database;User Id=admin;Password=SuperSecret!"');
  add('ado.net in appsettings', 'appsettings.Production.json', `{"ConnectionStrings": {"Default": "Server=tcp:acme.database.windows.net,1433;Initial Catalog=orders;User ID=app;Password=${password()};Encrypt=True;"}}`);
  add('odbc dsn', 'etl/config.ini', `[warehouse]\nconn = DRIVER={ODBC Driver 18 for SQL Server};SERVER=dw01;UID=etl;PWD=${password()};\n`);
  add('postgres url env', '.env', `DATABASE_URL=postgresql://orders:${password()}@orders-db.internal:5432/orders`);
  add('mongo srv url', 'src/db.ts', `mongoose.connect("mongodb+srv://api:${alnum(20)}@cluster0.x1y2z.mongodb.net/prod");`);
  add('redis url', 'config/cache.yml', `cache:\n  url: redis://:${alnum(24)}@redis.internal:6379/0\n`);
  add('amqp url', 'worker/settings.py', `BROKER_URL = "amqps://worker:${alnum(18)}@mq.internal:5671/prod"`);
  add('mysql jdbc', 'src/main/resources/application.properties', `spring.datasource.url=jdbc:mysql://app:${alnum(14)}@mysql.internal:3306/app`);
  add('jdbc password param', 'config/db.conf', `url = "jdbc:postgresql://db.internal:5432/app?user=app&password=${alnum(16)}&sslmode=require"`);
  add('sqlalchemy url', 'alembic.ini', `sqlalchemy.url = postgresql+psycopg2://alembic:${alnum(16)}@db/app`);
  add('http basic auth', 'scripts/fetch.sh', `wget https://deploy:${alnum(20)}@artifacts.acme.io/releases/app.tar.gz`);
  add('git credentials file', '.git-credentials', `https://ci-bot:${alnum(24)}@git.acme.io\n`);
  add('ldap bind url', 'auth/ldap.yaml', `url: ldaps://cn=admin:${alnum(16)}@ldap.acme.io:636`);

  // Kubernetes and containers
  add('k8s secret data', 'k8s/db-secret.yaml', `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\ndata:\n  DB_PASSWORD: ${b64of(password())}\n`);
  add('k8s secret stringData', 'k8s/api-secret.yaml', `apiVersion: v1\nkind: Secret\nmetadata:\n  name: api\nstringData:\n  webhook-signing-key: "${alnum(32)}"\n`);
  add('k8s secret in multi-doc', 'k8s/all.yaml', `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\ndata:\n  mode: prod\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: creds\ndata:\n  token: ${b64of(alnum(30))}\n`);
  add('container env literal', 'k8s/deploy.yaml', `      containers:\n        - name: api\n          env:\n            - name: JWT_SECRET\n              value: "${alnum(40)}"\n`);
  add('compose env map', 'docker-compose.yml', `services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ${password()}\n`);
  add('dockerfile env', 'Dockerfile', `FROM node:20\nENV NPM_TOKEN=${alnum(36)}\nRUN npm ci`);
  add('helm values', 'charts/api/values.yaml', `auth:\n  clientSecret: ${alnum(32)}\n`);

  // .env, IaC and config files
  add('dotenv password', '.env', `DB_HOST=db\nDB_USER=app\nDB_PASSWORD=${password()}\n`);
  add('dotenv secret key', '.env', `DJANGO_SECRET_KEY=${b64url(50)}`);
  add('terraform variable default', 'infra/variables.tf', `variable "db_password" {\n  type    = string\n  default = "${password()}"\n}\n`);
  add('terraform sensitive default', 'infra/vars.tf', `variable "api_signing" {\n  type      = string\n  sensitive = true\n  default   = "${alnum(24)}"\n}\n`);
  add('terraform attribute', 'infra/db.tf', `resource "aws_db_instance" "main" {\n  username = "admin"\n  password = "${password()}"\n}\n`);
  add('bicep param default', 'infra/main.bicep', `@secure()\nparam sqlAdminPassword string = '${password()}'\n`);
  add('bicep property', 'infra/sql.bicep', `properties: {\n  administratorLogin: 'sqladmin'\n  administratorLoginPassword: '${password()}'\n}`);
  add('cloudformation noecho', 'cfn/db.yaml', `Parameters:\n  DBPassword:\n    Type: String\n    NoEcho: true\n    Default: ${password()}\n`);
  add('cloudformation property', 'cfn/rds.yaml', `  Database:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      MasterUsername: admin\n      MasterUserPassword: ${password()}\n`);
  add('maven settings', 'settings.xml', `<settings><servers><server><id>releases</id><username>deploy</username><password>${password()}</password></server></servers></settings>`);
  add('web.config appSettings', 'web.config', `<configuration><appSettings><add key="PaymentGatewaySecret" value="${alnum(32)}" /></appSettings></configuration>`);
  add('spring yaml', 'src/main/resources/application.yml', `spring:\n  datasource:\n    username: app\n    password: ${password()}\n`);
  add('php array config', 'config/database.php', `'mysql' => [\n    'username' => 'forge',\n    'password' => '${password()}',\n],`);
  add('ruby credentials', 'config/secrets.yml', `production:\n  secret_key_base: ${hex(128)}\n`);
  add('go constant', 'internal/auth/keys.go', `const signingKey = "${b64url(32)}"`);
  add('java constant', 'src/main/java/Crypto.java', `private static final String ENCRYPTION_KEY = "${alnum(32)}";`);
  add('c# connection', 'Program.cs', `var client = new ApiClient(apiKey: "${alnum(32)}");`);
  add('kotlin constant', 'app/src/Config.kt', `const val API_SECRET = "${alnum(32)}"`);
  add('swift constant', 'App/Keys.swift', `let apiKey = "${alnum(32)}"`);
  add('rust constant', 'src/config.rs', `const API_TOKEN: &str = "${alnum(32)}";`);
  add('shell curl bearer', 'scripts/call.sh', `curl -H "Authorization: Bearer ${alnum(40)}" https://api.acme.io/v1/items`);
  add('ansible vars', 'group_vars/all.yml', `ansible_become_pass: ${password()}\n`);
  add('toml credentials', 'pyproject.toml', `[tool.deploy]\ntoken = "${alnum(32)}"\n`);
  add('ini credentials', 'setup.cfg', `[upload]\npassword = ${password()}\n`);
  add('json credentials', 'config/prod.json', `{"smtp": {"user": "mailer", "password": "${password()}"}}`);
  add('properties secret', 'gradle.properties', `signing.password=${password()}\n`);
  add('powershell', 'scripts/deploy.ps1', `$Password = ConvertTo-SecureString "${password()}" -AsPlainText -Force`);
  add('github actions env literal', '.github/workflows/deploy.yml', `    env:\n      API_TOKEN: ${alnum(40)}\n`);
  add('markdown env example with real shape', 'docs/setup.md', `\`\`\`\nexport OPENAI_API_KEY=sk-proj-${b64url(74)}T3BlbkFJ${b64url(74)}\n\`\`\``);

  return cases;
}

function negatives(): CorpusCase[] {
  const cases: CorpusCase[] = [];
  const add = (label: string, path: string, text: string): void => {
    cases.push({ label, path, text });
  };
  const sha512 = (): string => `sha512-${b64(86)}==`;

  // Hashes, identifiers and checksums
  add('package-lock integrity', 'package-lock.json', `"node_modules/react": {\n  "version": "18.2.0",\n  "resolved": "https://registry.npmjs.org/react/-/react-18.2.0.tgz",\n  "integrity": "${sha512()}"\n}`);
  add('yarn lock checksum', 'yarn.lock', `react@^18.2.0:\n  version "18.2.0"\n  resolved "https://registry.yarnpkg.com/react/-/react-18.2.0.tgz#${hex(40)}"\n  integrity ${sha512()}\n`);
  add('pnpm lock', 'pnpm-lock.yaml', `  /react@18.2.0:\n    resolution: {integrity: ${sha512()}}\n`);
  add('go.sum', 'go.sum', `github.com/stretchr/testify v1.8.4 h1:${b64(43)}=\ngithub.com/stretchr/testify v1.8.4/go.mod h1:${b64(43)}=\n`);
  add('cargo lock', 'Cargo.lock', `[[package]]\nname = "serde"\nversion = "1.0.188"\nchecksum = "${hex(64)}"\n`);
  add('pip hashes', 'requirements.txt', `requests==2.31.0 \\\n    --hash=sha256:${hex(64)}\n`);
  add('poetry lock', 'poetry.lock', `[[package]]\nname = "django"\nfiles = [\n    {file = "Django-4.2.tar.gz", hash = "sha256:${hex(64)}"},\n]\n`);
  add('git sha in changelog', 'CHANGELOG.md', `* fix retry loop (${hex(40)})\n* bump deps (${hex(7)})`);
  add('git sha in workflow pin', '.github/workflows/ci.yml', `      - uses: actions/checkout@${hex(40)} # v4.1.1\n`);
  add('commit field', 'build-info.json', `{"commit": "${hex(40)}", "branch": "main", "buildNumber": 4182}`);
  add('docker digest', 'k8s/deploy.yaml', `      containers:\n        - name: api\n          image: registry.acme.io/api@sha256:${hex(64)}\n`);
  add('uuid request id', 'logs/sample.log', `2024-05-01T10:00:00Z INFO request_id=${fakeUuid(s('n'))} status=200 duration=12ms`);
  add('k8s uid', 'k8s/live.yaml', `metadata:\n  name: api\n  uid: ${fakeUuid(s('n'))}\n  resourceVersion: "48213"\n`);
  add('azure ids', 'infra/main.tf', `provider "azurerm" {\n  features {}\n  subscription_id = "${fakeUuid(s('n'))}"\n  tenant_id       = "${fakeUuid(s('n'))}"\n}\n`);
  add('oauth client id', 'config/auth.yaml', `oidc:\n  client_id: ${fakeUuid(s('n'))}\n  issuer: https://login.microsoftonline.com/common/v2.0\n`);
  add('sri hash', 'public/index.html', `<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.0/dist/js/bootstrap.bundle.min.js" integrity="sha384-${b64(64)}" crossorigin="anonymous"></script>`);
  add('etag', 'fixtures/response.json', `{"etag": "W/\\"${hex(32)}\\"", "lastModified": "2024-05-01"}`);
  add('webpack chunk hashes', 'dist/manifest.json', `{"main.js": "/static/js/main.${hex(8)}.js", "vendor.js": "/static/js/vendor.${hex(8)}.js"}`);
  add('content hash file names', 'public/asset-manifest.json', `{"files": {"main.css": "/static/css/main.${hex(20)}.css"}}`);
  add('md5 checksum list', 'checksums.md5', `${hex(32)}  app-1.4.2.tar.gz\n${hex(32)}  app-1.4.2.zip\n`);
  add('sha256sums', 'SHA256SUMS', `${hex(64)}  readiness-gate-linux-amd64\n${hex(64)}  readiness-gate-darwin-arm64\n`);
  add('terraform lock', '.terraform.lock.hcl', `provider "registry.terraform.io/hashicorp/aws" {\n  version = "5.31.0"\n  hashes = [\n    "h1:${b64(43)}=",\n    "zh:${hex(64)}",\n  ]\n}\n`);
  add('aws account and arn', 'iam/policy.json', `{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::${digits(12)}:role/deploy"}, "Action": "sts:AssumeRole"}`);
  add('ga measurement id', 'web/analytics.ts', `gtag('config', 'G-${fake(UPPER_ALNUM, 10, s('ga'))}');`);
  add('stripe publishable key', 'web/checkout.ts', `const stripe = await loadStripe("pk_live_${alnum(99)}");`);
  add('mongodb object ids', 'seed/users.json', `[{"_id": {"$oid": "${hex(24)}"}, "name": "ada"}, {"_id": {"$oid": "${hex(24)}"}, "name": "alan"}]`);
  add('base64 png', 'web/src/logo.ts', `export const logo = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA${b64(400)}";`);
  add('base64 font in css', 'web/fonts.css', `@font-face { font-family: Inter; src: url(data:font/woff2;base64,d09GMgABAAAAA${b64(300)}) format("woff2"); }`);
  add('ssh public key', 'keys/deploy.pub', `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${b64(43)} deploy@acme`);
  add('ssh rsa public key in authorized_keys', 'ansible/files/authorized_keys', `ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ${b64(350)} ops@bastion`);
  add('public key pem', 'certs/public.pem', `-----BEGIN PUBLIC KEY-----\n${fakePemBody(s('pub'), 294, 'MIIB')}\n-----END PUBLIC KEY-----\n`);
  add('certificate pem', 'certs/ca.crt', `-----BEGIN CERTIFICATE-----\n${fakePemBody(s('crt'), 900, 'MIID')}\n-----END CERTIFICATE-----\n`);
  add('known hosts', '.ssh/known_hosts', `github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${b64(43)}\n`);
  add('gpg public key block', 'keys/release.pub.asc', `-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n${fakePemBody(s('pgp-pub'), 600)}\n-----END PGP PUBLIC KEY BLOCK-----\n`);
  add('supabase anon key', 'web/supabase.ts', `const supabase = createClient(url, "${fakeJwt(s('anon'), { iss: 'supabase', ref: 'abcdefghijklmnop', role: 'anon', iat: 1700000000 })}");`);
  add('not a jwt', 'src/encoded.ts', `const payload = "eyJ${b64url(30)}.${b64url(40)}.${b64url(20)}";`);
  add('random test vector hex', 'tests/vectors.txt', `input=${hex(64)}\noutput=${hex(64)}\n`);
  add('uuid constants', 'src/ids.ts', `export const FEATURE_FLAG_ID = "${fakeUuid(s('n'))}";\nexport const TENANT = "${fakeUuid(s('n'))}";`);
  add('color hexes', 'theme.json', `{"primary": "#${hex(6)}", "secondary": "#${hex(6)}"}`);
  add('sentry release sha', 'sentry.properties', `release=${hex(40)}\nproject=web\n`);

  // Placeholders and documentation
  add('env example', '.env.example', 'DATABASE_URL=postgres://user:password@localhost:5432/app\nOPENAI_API_KEY=\nSTRIPE_SECRET_KEY=sk_live_...\nJWT_SECRET=changeme\n');
  add('readme placeholders', 'README.md', '```bash\nexport OPENAI_API_KEY="your_api_key_here"\nexport ANTHROPIC_API_KEY=<your-key>\n```');
  add('docs xxx', 'docs/config.md', '| `API_TOKEN` | `xxxxxxxxxxxxxxxxxxxx` | Token for the API |');
  add('masked output', 'docs/output.txt', 'GITHUB_TOKEN: ***\nNPM_TOKEN: ********\n');
  add('truncated example', 'docs/auth.md', 'Tokens look like `ghp_...` or `github_pat_...`; never commit them.');
  add('aws doc example keys', 'docs/aws.md', '```\n[default]\naws_access_key_id = AKIA' + 'IOSFODNN7' + 'EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/' + 'bPxRfiCYEXAMPLEKEY\n```');
  add('placeholder brackets', 'config/sample.yaml', 'auth:\n  token: "[YOUR_TOKEN]"\n  secret: "{{ secret }}"\n');
  add('dummy values in test', 'tests/test_login.py', 'def test_login(client):\n    resp = client.post("/login", data={"username": "alice", "password": "test"})\n    assert resp.status_code == 200\n');
  add('sample config', 'config.sample.toml', '[database]\npassword = "changeme"\n[api]\nkey = "REPLACE_ME"\n');
  add('empty secrets', 'config/default.json', '{"apiKey": "", "password": null, "token": false}');
  add('localhost default creds', 'docker-compose.dev.yml', '  db:\n    environment:\n      DATABASE_URL: postgres://postgres:postgres@db:5432/dev\n');
  add('terraform placeholder', 'terraform.tfvars.example', 'db_password = "<set-in-ci>"\napi_key     = ""\n');
  add('password policy docs', 'docs/security.md', 'Passwords must be at least 12 characters. Tokens expire after 1 hour.');
  add('comment mentioning secret', 'src/auth.ts', '// The secret is loaded from the vault at startup; never log it.\nexport const TOKEN_HEADER = "Authorization";');

  // Indirection
  add('python environ', 'app/config.py', 'API_KEY = os.environ["API_KEY"]\nDB_PASSWORD = os.getenv("DB_PASSWORD", "")\nSECRET_KEY = env("DJANGO_SECRET_KEY")\n');
  add('node process env', 'src/config.ts', 'export const config = {\n  apiKey: process.env.API_KEY ?? "",\n  secret: process.env.JWT_SECRET!,\n  token: import.meta.env.VITE_TOKEN,\n};\n');
  add('go getenv', 'cmd/server/main.go', 'apiKey := os.Getenv("API_KEY")\npassword := os.Getenv("DB_PASSWORD")\n');
  add('java getenv', 'src/main/java/Config.java', 'String password = System.getenv("DB_PASSWORD");\nString token = props.getProperty("api.token");\n');
  add('csharp config', 'Startup.cs', 'var secret = Configuration["Jwt:Secret"];\nvar password = Environment.GetEnvironmentVariable("DB_PASSWORD");\n');
  add('ruby env', 'config/initializers/api.rb', 'API_KEY = ENV.fetch("API_KEY")\nSECRET = ENV["SECRET"]\n');
  add('php env', 'config/app.php', "'key' => env('APP_KEY'),\n'password' => env('DB_PASSWORD', ''),\n");
  add('shell env refs', 'scripts/deploy.sh', 'export TOKEN="${GITHUB_TOKEN}"\ncurl -H "Authorization: Bearer $TOKEN" https://api.github.com/user\nPASSWORD=$(vault kv get -field=password secret/db)\n');
  add('github actions secrets', '.github/workflows/release.yml', '    env:\n      NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n      GH_TOKEN: ${{ github.token }}\n    steps:\n      - run: echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc\n');
  add('gitlab ci variables', '.gitlab-ci.yml', 'deploy:\n  script:\n    - docker login -u $CI_REGISTRY_USER -p $CI_REGISTRY_PASSWORD $CI_REGISTRY\n');
  add('k8s secretKeyRef', 'k8s/deploy.yaml', '          env:\n            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef:\n                  name: db\n                  key: password\n');
  add('k8s external secret', 'k8s/external-secret.yaml', 'apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nspec:\n  data:\n    - secretKey: password\n      remoteRef:\n        key: prod/db\n        property: password\n');
  add('sealed secret', 'k8s/sealed.yaml', `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: db\nspec:\n  encryptedData:\n    password: AgB${b64(300)}\n`);
  add('helm template secret', 'charts/api/templates/secret.yaml', 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: {{ include "api.fullname" . }}\ndata:\n  password: {{ .Values.db.password | b64enc | quote }}\n');
  add('k8s secret empty values', 'k8s/secret-template.yaml', 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: api\nstringData:\n  token: ""\n  password: <filled-by-ci>\n');
  add('azure key vault ref', 'appsettings.json', '{"Db": {"Password": "@Microsoft.KeyVault(SecretUri=https://kv-prod.vault.azure.net/secrets/db-password/)"}}');
  add('cloudformation dynamic ref', 'cfn/rds.yaml', "      MasterUserPassword: '{{resolve:secretsmanager:prod/db:SecretString:password}}'\n      MasterUsername: !Ref DbUser\n");
  add('cloudformation noecho without default', 'cfn/params.yaml', 'Parameters:\n  DBPassword:\n    Type: String\n    NoEcho: true\n    MinLength: 12\n');
  add('terraform var refs', 'infra/db.tf', 'resource "aws_db_instance" "main" {\n  username = var.db_user\n  password = random_password.db.result\n}\n');
  add('terraform sensitive variable no default', 'infra/variables.tf', 'variable "db_password" {\n  type      = string\n  sensitive = true\n}\n');
  add('bicep secure param no default', 'infra/main.bicep', "@secure()\nparam adminPassword string\nparam location string = resourceGroup().location\n");
  add('sops file', 'secrets.enc.yaml', `db_password: ENC[AES256_GCM,data:${b64(24)},iv:${b64(43)}=,tag:${b64(22)}==,type:str]\nsops:\n  kms: []\n`);
  add('ansible vault', 'group_vars/prod/vault.yml', `$ANSIBLE_VAULT;1.1;AES256\n${hex(80)}\n${hex(80)}\n`);
  add('spring placeholders', 'application.yml', 'spring:\n  datasource:\n    password: ${DB_PASSWORD}\n    username: ${DB_USER:app}\n');
  add('dotnet user secrets id', 'Api.csproj', `<PropertyGroup>\n  <UserSecretsId>${fakeUuid(s('n'))}</UserSecretsId>\n</PropertyGroup>`);
  add('maven env password', 'settings.xml', '<server><id>releases</id><username>${env.MAVEN_USER}</username><password>${env.MAVEN_PASSWORD}</password></server>');
  add('npmrc env token', '.npmrc', '//registry.npmjs.org/:_authToken=${NPM_TOKEN}\nalways-auth=true\n');
  add('docker compose env passthrough', 'docker-compose.yml', '    environment:\n      - API_KEY\n      - DB_PASSWORD=${DB_PASSWORD}\n');
  add('1password refs', '.env.tpl', 'DB_PASSWORD=op://prod/db/password\nAPI_TOKEN=op://prod/api/credential\n');
  add('vault agent template', 'vault/agent.hcl', 'template {\n  contents = "{{ with secret \\"secret/db\\" }}{{ .Data.password }}{{ end }}"\n}\n');

  // Code that handles secrets without containing them
  add('password hashing', 'app/auth.py', 'def set_password(self, password):\n    self.password_hash = bcrypt.hashpw(password.encode(), bcrypt.gensalt())\n');
  add('token validation', 'src/auth/verify.ts', 'export function verify(token: string): boolean {\n  const [header, payload, signature] = token.split(".");\n  return signature.length > 0;\n}\n');
  add('login form', 'web/Login.tsx', '<input type="password" name="password" placeholder="Password" autoComplete="current-password" />\n<label htmlFor="token">API token</label>');
  add('password reset handler', 'app/views.py', 'def reset_password(request):\n    token = request.GET.get("token")\n    if not token:\n        return HttpResponseBadRequest("missing token")\n');
  add('jwt sign with key from config', 'src/jwt.js', 'const token = jwt.sign({ sub: user.id }, config.jwtSecret, { expiresIn: "1h" });\n');
  add('secret generation', 'scripts/gen.py', 'import secrets\ntoken = secrets.token_urlsafe(32)\nprint("generated a token of length", len(token))\n');
  add('oauth flow urls', 'config/oauth.yaml', 'oauth:\n  token_url: https://oauth2.googleapis.com/token\n  auth_url: https://accounts.google.com/o/oauth2/auth\n  token_endpoint_auth_method: client_secret_basic\n');
  add('password policy config', 'config/security.yaml', 'password_min_length: 12\npassword_require_symbols: true\ntoken_ttl_seconds: 3600\nsession_secret_rotation_days: 30\n');
  add('llm settings', 'config/model.yaml', 'model: gpt-4o\nmax_tokens: 4096\ntemperature: 0.2\ntokenizer: cl100k_base\n');
  add('nlp token loop', 'nlp/tokenize.py', 'for token in doc:\n    print(token.text, token.pos_)\ntokens = tokenizer.encode(text)\n');
  add('type definitions', 'src/types.ts', 'export interface Credentials {\n  username: string;\n  password: string;\n  apiKey?: string;\n}\nexport type TokenType = "bearer" | "basic";\n');
  add('python dataclass', 'app/models.py', '@dataclass\nclass Settings:\n    api_key: str\n    password: Optional[str] = None\n    token_ttl: int = 3600\n');
  add('go struct', 'internal/config/config.go', 'type Config struct {\n\tAPIKey   string `json:"api_key" env:"API_KEY"`\n\tPassword string `json:"password"`\n}\n');
  add('enum of auth types', 'src/auth/types.cs', 'public enum AuthMethod { Password, Token, Certificate }\nvar method = AuthMethod.Token;\n');
  add('error messages', 'src/errors.ts', 'export const INVALID_TOKEN = "The token is invalid or expired";\nexport const WRONG_PASSWORD = "Incorrect password";\n');
  add('i18n catalog', 'locales/de.json', '{"password": "Passwort", "token": "Token", "secret_key": "Geheimer Schl\u00fcssel", "login": "Anmelden"}');
  add('translations yaml', 'config/locales/fr.yml', 'fr:\n  password: Mot de passe\n  forgot_password: Mot de passe oubli\u00e9 ?\n');
  add('api key header name', 'src/http.ts', 'const API_KEY_HEADER = "X-Api-Key";\nheaders[API_KEY_HEADER] = apiKey;\n');
  add('storage keys', 'web/src/storage.ts', 'const ACCESS_TOKEN_KEY = "access_token";\nlocalStorage.setItem(ACCESS_TOKEN_KEY, token);\n');
  add('csrf config', 'settings.py', 'CSRF_COOKIE_NAME = "csrftoken"\nCSRF_HEADER_NAME = "HTTP_X_CSRFTOKEN"\nSESSION_COOKIE_NAME = "sessionid"\n');
  add('regex for passwords', 'src/validate.js', 'const PASSWORD_PATTERN = /^(?=.*[A-Z])(?=.*\\d).{12,}$/;\nconst TOKEN_REGEX = "^[A-Za-z0-9_-]{20,}$";\n');
  add('test assertions', 'tests/auth.test.ts', 'expect(res.body.token).toBeDefined();\nexpect(user.password).not.toBe(plain);\n');
  add('mock with fake', 'tests/mocks.py', 'FAKE_TOKEN = "fake-token-for-tests"\nDUMMY_PASSWORD = "dummy-password"\n');
  add('logging without secrets', 'app/service.py', 'logger.info("token refreshed for user %s", user_id)\nprint("password reset email sent to", email)\n');
  add('secret names only', 'k8s/kustomization.yaml', 'secretGenerator:\n  - name: api-secrets\n    envs:\n      - secrets.env\n');
  add('vault policy', 'vault/policy.hcl', 'path "secret/data/db" {\n  capabilities = ["read"]\n}\n');
  add('auth config booleans', 'config/app.yaml', 'auth:\n  enabled: true\n  provider: oidc\n  mode: strict\n');
  add('basic auth realm', 'nginx.conf', 'auth_basic "Restricted";\nauth_basic_user_file /etc/nginx/.htpasswd;\n');
  add('key file paths', 'config/tls.yaml', 'tls:\n  key_file: /etc/tls/server.key\n  cert_file: /etc/tls/server.crt\n  private_key_path: ./certs/private.pem\n');
  add('url without credentials', 'config/services.yaml', 'db_url: postgres://db.internal:5432/app\ncache: redis://localhost:6379\nsearch: https://search.acme.io\n');
  add('connection string without password', 'appsettings.json', '{"ConnectionStrings": {"Default": "Server=sql01;Database=orders;Integrated Security=true;TrustServerCertificate=True"}}');
  add('git ssh url', '.gitmodules', '[submodule "lib"]\n  url = git@github.com:acme/lib.git\n');
  add('email in url', 'docs/contact.md', 'Write to mailto:security@acme.io or see https://acme.io/security');
  add('user in url no password', 'scripts/sync.sh', 'rsync -avz deploy@files.acme.io:/srv/releases/ ./releases/');
  add('format strings', 'src/db.py', 'DSN = "postgresql://{user}:{password}@{host}:{port}/{db}"\nURL = "https://%s:%s@%s" % (user, pw, host)\n');

  // Ordinary code and configuration with high-entropy content
  add('github workflow', '.github/workflows/test.yml', 'name: test\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm ci && npm test\n');
  add('dockerfile', 'Dockerfile', 'FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nUSER node\nCMD ["node", "dist/index.js"]\n');
  add('k8s deployment', 'k8s/api.yaml', 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  replicas: 3\n  template:\n    spec:\n      containers:\n        - name: api\n          image: registry.acme.io/api:1.4.2\n          env:\n            - name: LOG_LEVEL\n              value: info\n');
  add('configmap', 'k8s/configmap.yaml', `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  FEATURE_FLAGS: "${b64(40)}"\n  API_URL: https://api.acme.io\n`);
  add('terraform module', 'infra/network.tf', 'module "vpc" {\n  source  = "terraform-aws-modules/vpc/aws"\n  version = "5.1.2"\n  cidr    = "10.0.0.0/16"\n}\n');
  add('openapi spec', 'openapi.yaml', 'components:\n  securitySchemes:\n    apiKey:\n      type: apiKey\n      in: header\n      name: X-API-Key\n    bearerAuth:\n      type: http\n      scheme: bearer\n');
  add('json schema', 'schema.json', '{"properties": {"password": {"type": "string", "minLength": 12}, "token": {"type": "string", "format": "uuid"}}}');
  add('package.json', 'package.json', '{"name": "acme-web", "version": "1.4.2", "scripts": {"build": "vite build"}, "dependencies": {"js-tokens": "^4.0.0", "jsonwebtoken": "^9.0.2"}}');
  add('python module', 'app/util.py', 'import hashlib\n\ndef digest(data: bytes) -> str:\n    return hashlib.sha256(data).hexdigest()\n');
  add('java class', 'src/main/java/Util.java', 'public final class Util {\n  private static final int KEY_SIZE = 256;\n  public static String key(String name) { return "cache:" + name; }\n}\n');
  add('css', 'web/styles.css', '.btn-primary { color: #ffffff; background: #0d6efd; }\n.token { font-family: monospace; }\n');
  add('html page', 'public/login.html', '<form method="post"><input name="username"><input name="password" type="password"><button>Sign in</button></form>');
  add('sql migration', 'db/migrations/001.sql', 'CREATE TABLE users (id uuid PRIMARY KEY, password_hash text NOT NULL, api_token_hash text);\n');
  add('makefile', 'Makefile', 'build:\n\tgo build -ldflags "-X main.version=$(VERSION)" ./cmd/server\n');
  add('nginx config', 'nginx.conf', 'server {\n  listen 443 ssl;\n  ssl_certificate /etc/ssl/cert.pem;\n  ssl_certificate_key /etc/ssl/key.pem;\n}\n');
  add('minified js', 'public/vendor.min.js', `!function(e){var t={};function n(r){if(t[r])return t[r].exports}var token="${hex(8)}";${'n.d=function(e,t){};'.repeat(300)}}();`);
  add('source map', 'dist/app.js.map', `{"version":3,"sources":["src/a.ts"],"names":["token","password"],"mappings":"${b64(600)}"}`);
  add('long base64 blob', 'assets/blob.txt', b64(6000));
  add('random alnum in data file', 'data/ids.csv', `id,code\n1,${alnum(20)}\n2,${alnum(20)}\n3,${alnum(20)}\n`);
  add('svg path', 'icons/key.svg', '<svg viewBox="0 0 24 24"><path d="M12.65 10A5.99 5.99 0 0 0 7 6c-3.31 0-6 2.69-6 6s2.69 6 6 6a5.99 5.99 0 0 0 5.65-4H17v4h4v-4h2v-4H12.65z"/></svg>');
  add('proto', 'api/auth.proto', 'message LoginRequest {\n  string username = 1;\n  string password = 2;\n  string otp_token = 3;\n}\n');
  add('graphql schema', 'schema.graphql', 'type Mutation {\n  login(email: String!, password: String!): AuthPayload\n  refreshToken(token: String!): AuthPayload\n}\n');
  add('env file without secrets', '.env', 'NODE_ENV=production\nPORT=8080\nLOG_LEVEL=info\nAPI_URL=https://api.acme.io\n');
  add('dotenv with references', '.env', 'DATABASE_URL=${POSTGRES_URL}\nREDIS_PASSWORD=${REDIS_PASSWORD}\n');
  add('helm values with secret refs', 'charts/api/values.yaml', 'auth:\n  existingSecret: api-credentials\n  secretKeys:\n    clientSecretKey: client-secret\n');
  add('argo app', 'argo/app.yaml', 'apiVersion: argoproj.io/v1alpha1\nkind: Application\nspec:\n  source:\n    repoURL: https://github.com/acme/deploy\n    targetRevision: HEAD\n');
  add('compose', 'docker-compose.yml', 'services:\n  web:\n    image: nginx:1.25\n    ports:\n      - "80:80"\n');
  add('ci cache key', '.github/workflows/cache.yml', "      - uses: actions/cache@v4\n        with:\n          key: ${{ runner.os }}-node-${{ hashFiles('**/package-lock.json') }}\n");
  add('jest snapshot ids', 'tests/__snapshots__/a.test.ts.snap', `exports[\`renders 1\`] = \`<div id="${hex(16)}" />\`;`);
  add('feature flag keys', 'flags.json', '{"new-checkout": {"key": "new-checkout", "enabled": true}, "dark-mode": {"key": "dark-mode"}}');
  add('gradle build', 'build.gradle', "plugins { id 'java' }\nsigning {\n  useInMemoryPgpKeys(findProperty('signingKey'), findProperty('signingPassword'))\n}\n");
  add('python requests with env token', 'scripts/api.py', 'resp = requests.get(url, headers={"Authorization": f"Bearer {os.environ[\'TOKEN\']}"})\n');
  add('auth header template', 'src/client.ts', 'headers.Authorization = `Bearer ${token}`;\nheaders["X-Api-Key"] = apiKey;\n');
  add('redis password from env', 'config/redis.conf', 'requirepass ${REDIS_PASSWORD}\nport 6379\n');
  add('postgres pgpass placeholder', 'docs/pgpass.md', 'Add a line `hostname:port:database:username:password` to ~/.pgpass.');
  add('curl with var', 'scripts/health.sh', 'curl -u "$USER:$PASS" https://ci.acme.io/health\n');
  add('powershell secure input', 'scripts/setup.ps1', '$Password = Read-Host -AsSecureString "Password"\n$cred = Get-Credential\n');
  add('hash in test fixture', 'tests/fixtures/users.json', `[{"email": "a@b.c", "password_hash": "$2b$12$${b64(53).replace(/[+=]/g, '.')}"}]`);
  add('hmac test vector', 'tests/hmac_test.go', `want := "${hex(64)}"\ngot := hex.EncodeToString(mac.Sum(nil))\n`);
  add('public cloud ids', 'infra/outputs.tf', `output "vpc_id" { value = "vpc-${hex(17)}" }\noutput "sg" { value = "sg-${hex(17)}" }\n`);
  add('docs mentioning prefixes', 'docs/tokens.md', 'GitHub tokens start with ghp_, npm tokens with npm_, and Slack bot tokens with xoxb-.');
  add('ulid ids', 'data/events.ndjson', `{"id": "01${fake('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 24, s('ulid'))}", "type": "click"}`);
  add('discord guild and channel ids', 'bot/config.yaml', `discord:\n  guild_id: "${digits(18)}"\n  channel_id: "${digits(19)}"\n`);
  add('asana project gids', 'config/asana.yml', `asana_project_gid: "${digits(16)}"\nasana_workspace_gid: "${digits(16)}"\n`);
  add('curl with env credentials', 'scripts/upload.sh', 'curl --fail -u "${NEXUS_USER}:${NEXUS_PASS}" --upload-file app.jar https://nexus/\ncurl -u admin https://nexus/\n');
  add('certificate as base64 der', 'config/tls.json', `{"caCert": "${Buffer.concat([Buffer.from('3082037730820260a003020102', 'hex'), Buffer.from(hex(1756), 'hex')]).toString('base64')}"}`);
  add('pipe separated ids', 'data/export.psv', `${digits(16)}|${b64url(30)}|active\n`);
  add('nanoid ids', 'data/links.json', `{"slug": "${b64url(21)}", "target": "https://acme.io/x"}`);

  // Deployment trees (issue 12): references, templates, schema prose, Secret keys, log helpers
  add('helm values naming secrets', 'charts/db/values.yaml', 'auth:\n  existingSecret: db-credentials\n  secretKeys:\n    adminPasswordKey: admin-password\ntls:\n  certificatesSecret: db-tls-certs\n  secretNamespace: cert-manager\n');
  add('helm secret template', 'charts/db/templates/secret.yaml', '{{- $password := include "common.secrets.passwords.manage" (dict "key" "db-password" "context" $) }}\n{{- range $user, $pass := .Values.auth.users }}\n  {{ $user }}: {{ $pass | b64enc | quote }}\n{{- end }}\n');
  add('helm print helper', 'charts/db/templates/_helpers.tpl', '{{- define "db.secretName" -}}\n{{- if .Values.auth.existingSecret -}}\n    {{- print (tpl .Values.auth.existingSecret .) -}}\n{{- else -}}\n    {{- printf "%s" (include "common.names.fullname" .) -}}\n{{- end -}}\n{{- end -}}\n');
  add('crd schema prose', 'crds/app.yaml', '            description: "The token secret key. +patchMergeKey=key \\"x-kubernetes-patch-merge-key\\": \\"key\\""\n            type: string\n');
  add('secret with non-secret keys', 'deploy/db-secret.yaml', 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n  type: postgresql\n  username: orders\n  database: orders\n  host: db.orders.svc\n  ca_path: /etc/ssl/ca.pem\n');
  add('go annotation constants', 'pkg/apis/types.go', 'const (\n\tWantInjectFromSecretAnnotation = "cert-manager.io/inject-ca-from-secret"\n\tIngressClassAnnotationKey = "acme.cert-manager.io/http01-ingress-class"\n)\n');
  add('generated protobuf', 'api/auth.pb.go', '\tToken string `protobuf:"bytes,1,opt,name=token,proto3" json:"token,omitempty"`\n\tApiKey string `protobuf:"bytes,2,opt,name=api_key,json=apiKey,proto3"`\n');
  add('escaped variable in a generated script', 'charts/redis/templates/scripts.yaml', '    echo "REDISCLI_AUTH=\\"\\$REDIS_PASSWORD\\"" >> /opt/env.sh\n');
  add('timestamp and labels', 'charts/argo/values.yaml', 'adminPasswordMtime: "2006-01-02T15:04:05Z"\nsessionKeyLabel: app.kubernetes.io/session-key\n');

  return cases;
}

export const POSITIVES: readonly CorpusCase[] = Object.freeze(positives());
export const NEGATIVES: readonly CorpusCase[] = Object.freeze(negatives());

export interface CorpusMeasurement {
  positives: number;
  negatives: number;
  recall: number;
  falsePositiveRate: number;
  /** Labels of positives with no secret finding. */
  missed: string[];
  /** Labels of negatives with any finding, and the rules that fired. */
  falsePositives: string[];
  elapsedMs: number;
}

/** Scan the corpus: recall over the positives, false-positive rate over the negatives. */
export function measureCorpus(): CorpusMeasurement {
  const start = performance.now();
  const missed: string[] = [];
  const falsePositives: string[] = [];
  for (const c of POSITIVES) {
    const found = scanSecrets({ path: c.path, text: c.text, context: 'source' }).some((f) => f.category === 'secret');
    if (!found) missed.push(c.label);
  }
  for (const c of NEGATIVES) {
    const findings = scanSecrets({ path: c.path, text: c.text, context: 'source' });
    if (findings.length > 0) falsePositives.push(`${c.label} (${[...new Set(findings.map((f) => f.ruleId))].join(', ')})`);
  }
  return {
    positives: POSITIVES.length,
    negatives: NEGATIVES.length,
    recall: (POSITIVES.length - missed.length) / POSITIVES.length,
    falsePositiveRate: falsePositives.length / NEGATIVES.length,
    missed,
    falsePositives,
    elapsedMs: performance.now() - start,
  };
}
