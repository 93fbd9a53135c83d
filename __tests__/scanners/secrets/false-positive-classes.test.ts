// The false-positive classes of issue 12, each with small synthetic lines, and beside each a true
// secret of the same shape that must still be found (so a class cannot be ended by going blind).
import { createHmac, generateKeyPairSync } from 'node:crypto';
import { ALNUM, B64, B64URL, base64url, checksummedToken, DIGITS, fake, fakePrivateKey, HEX, UPPER } from './fake.js';
import { isKnownPublicValue, isPlaceholderOrReference } from '../../../src/scanners/secrets/placeholders.js';
import { scan } from './helpers.js';

const secrets = (text: string, path: string) => scan(text, path).filter((f) => f.category === 'secret').map((f) => f.ruleId.replace(/^secrets\//, ''));
const logged = (text: string, path: string) => scan(text, path).filter((f) => f.category === 'secret-logging').map((f) => f.message);
const pw = fake(ALNUM, 14, 'fp-class-pw');

describe('names of secrets and references are not secrets', () => {
  it.each([
    'existingSecret: my-db-secret',
    'tlsSecret: grafana.local-tls',
    'auth.existingSecret=airflow-existing-secret',
    'tls.certificatesSecret="certificates-tls-secret"',
    'initScriptsSecret: special-scripts-secret',
    '    cert-manager.io/inject-ca-from-secret: "cert-manager/cert-manager-webhook-ca"',
    '        - --webhook-secret-namespace=kubeflow',
    'secretNamespace: "cert-manager"',
    '  - secret: custom-ca',
    'or use --set Values.security.tls.master.existingSecret=master-certs,',
  ])('%s', (line) => {
    expect(secrets(line, 'chart/values.yaml')).toEqual([]);
  });

  it('a secret value under a value-naming key is still found', () => {
    expect(secrets(`clientSecret: ${pw}`, 'chart/values.yaml')).toEqual(['generic-secret-assignment']);
    expect(secrets(`existingSecret: ${pw}`, 'chart/values.yaml')).toEqual(['generic-secret-assignment']);
  });

  it("a camelCase secretKey with a plain word names a key inside a Secret; a typed or generated key is found", () => {
    expect(secrets('\tsecretKey := "provider"', 'pkg/config/validation.go')).toEqual([]);
    expect(secrets('  adminSecretKey: session', 'chart/values.yaml')).toEqual([]);
    expect(secrets('  secretKey: minio123', 'chart/values.yaml')).toEqual(['generic-secret-assignment']);
    expect(secrets(`  secretKey: ${pw}`, 'chart/values.yaml')).toEqual(['generic-secret-assignment']);
    expect(secrets("SECRET_KEY = 'development'", 'app/settings.py')).toEqual(['generic-secret-assignment']);
  });

  it('a bare --secret flag names a stored secret; a generated value after it is still found', () => {
    const line = (value: string) => `secret=$(gcloud secrets versions access latest --secret="${value}" --project=\${PROJECT})`;
    expect(secrets(line('linked-in'), 'dev/preview/deploy.sh')).toEqual([]);
    expect(secrets('docker build --secret id=npm,src=$HOME/.npmrc .', 'build.sh')).toEqual([]);
    expect(secrets(line(fake(ALNUM, 24, 'fp-class-flag')), 'dev/preview/deploy.sh')).toEqual(['generic-secret-assignment']);
    expect(secrets(`mysql --password=${pw} -u root`, 'dev/reset.sh')).toEqual(['generic-secret-assignment']);
  });
});

describe('template and code expressions are not secrets', () => {
  it.each([
    '{{- $password := include "common.secrets.passwords.manage" (dict "key" "password") }}',
    '{{- $password = printf "%s.password" $prefix }}',
    '{{- range $user, $password := .Values.auth.users }}',
    '  key_pass: "{{- include "app.keyPass" . }}"',
    'dsn = "postgres://app:%s@db:5432/app"',
    "'multicluster_key': '.Values.grafana.sidecar.dashboards.multicluster.global.enabled',",
  ])('%s', (line) => {
    const path = line.startsWith("'") ? 'hack/sync.py' : 'templates/secret.yaml';
    expect(secrets(line, path)).toEqual([]);
  });

  it('a literal after a closed template action is still found', () => {
    expect(secrets(`{{- if .Values.x }}\npassword: ${pw}\n{{- end }}`, 'templates/cm.yaml')).toEqual(['generic-secret-assignment']);
  });
});

describe('identifiers, map keys and enum values are not secrets', () => {
  it.each([
    ["fetch(url, { credentials: 'same-origin' })", 'web/api.js'],
    ['\tIngressClassAnnotationKey = "acme.cert-manager.io/http01-ingress-class"', 'pkg/types.go'],
    ['\tWantInjectFromSecretAnnotation = "cert-manager.io/inject-ca-from-secret"', 'pkg/types.go'],
    ['        ("auth", "0012_alter_user_first_name_max_length"),', 'accounts/migrations/0002_x.py'],
    ['initialClusterToken: "etcd-cluster-k8s"', 'chart/values.yaml'],
    ['TOKEN_CACHE_KEY = "user-token-cache"', 'app/cache.py'],
    ['OIDC_ISSUER="http://keycloak.auth.svc.cluster.local:8080/realms/kubeflow"', 'deploy/params.env'],
    [`\ttestKeyECPubX = "${fake(B64, 43, 'fp-class-pubx')}"`, 'pkg/jws.go'],
    ['    permission write_temporary_token = organization->installation_admin', 'components/spicedb/schema/schema.yaml'],
    ['\tClientSecret: "gplctl-1.0-secret", // a public native client', 'pkg/auth/auth.go'],
  ])('%s', (line, path) => {
    expect(secrets(line, path)).toEqual([]);
  });

  it("a search key is a lookup key, Azure AI Search's key a credential", () => {
    const value = fake(ALNUM, 52, 'fp-class-azsearch');
    expect(secrets(`search_key = '${value}'`, 'app/index.py')).toEqual([]);
    expect(secrets(`AZURE_SEARCH_KEY = '${value}'`, 'app/index.py')).toEqual(['generic-secret-assignment']);
    expect(secrets("AZURE_SEARCH_KEY = 'products-index'", 'app/index.py')).toEqual([]);
  });

  it("a C-family line's single quotes hold one character, so several are no string; double quotes and strings are read", () => {
    const value = fake(ALNUM, 24, 'fp-class-cquote');
    expect(secrets(`api_key = '${value}';`, 'src/client.c')).toEqual([]);
    expect(secrets(`db_pass[] = '${value}';`, 'src/Client.cs')).toEqual([]);
    expect(secrets(`api_key = "${value}";`, 'src/client.c')).toEqual(['generic-secret-assignment']);
    expect(secrets(`const char *q = "ALTER USER app PASSWORD='${value}'";`, 'src/client.c')).toEqual(['generic-secret-assignment']);
    expect(secrets(`api_key = '${value}'`, 'src/client.py')).toEqual(['generic-secret-assignment']);
  });
});

describe("Algolia DocSearch's search-only key is public by design", () => {
  const config = (key: string, index = "  indexName: 'gatekeeper',\n") => `themeConfig: {\n algolia: {\n  appId: 'PXGJ0F0TQ0',\n  apiKey: '${key}',\n${index} },\n}`;

  it('an apiKey beside appId and indexName is not reported', () => {
    expect(secrets(config(fake(HEX, 32, 'fp-class-docsearch')), 'website/docusaurus.config.js')).toEqual([]);
  });

  it('without an indexName, or with a value that is no search key, it is still found', () => {
    expect(secrets(config(fake(HEX, 32, 'fp-class-docsearch2'), ''), 'website/docusaurus.config.js')).toEqual(['generic-secret-assignment']);
    expect(secrets(config(fake(ALNUM, 32, 'fp-class-docsearch3')), 'website/docusaurus.config.js')).toEqual(['generic-secret-assignment']);
  });
});

describe('generated code and schema prose are not read for assignments', () => {
  it('protobuf stubs are generated code', () => {
    const text = `\tToken string \`protobuf:"bytes,1,opt,name=token,proto3" json:"token,omitempty"\`\n\tpassword = "${pw}"\n`;
    expect(secrets(text, 'api/v1/auth.pb.go')).toEqual([]);
    expect(secrets(text, 'api/v1/auth.go')).toEqual(['generic-secret-assignment']);
  });

  it("Yarn Berry's committed release bundle is the package manager's code, read for provider tokens only", () => {
    const text = `var password = "${pw}";\n`;
    expect(secrets(text, 'dashboard/.yarn/releases/yarn-4.9.2.cjs')).toEqual([]);
    expect(secrets(text, 'dashboard/src/yarn-setup.cjs')).toEqual(['generic-secret-assignment']);
    expect(secrets(`const t="sk_live_${fake(ALNUM, 40, "fp-class-yarn")}";\n`, '.yarn/releases/yarn-4.9.2.cjs')).toEqual(['stripe-secret-key']);
  });

  it("vendored code is another project's: read for provider tokens only", () => {
    const text = `\tContentSHAKey = "${fake(ALNUM, 24, 'fp-class-vendored')}"\n`;
    for (const path of ['vendor/github.com/aws/aws-sdk-go-v2/aws/signer/v4/const.go', 'operations/jsonnet-compiled/vendor/github.com/jsonnet-libs/k8s/pod.libsonnet', 'web/node_modules/auth/index.js']) {
      expect(secrets(text, path)).toEqual([]);
    }
    expect(secrets(text, 'pkg/signer/const.go')).toEqual(['generic-secret-assignment']);
    expect(secrets(`const t="sk_live_${fake(ALNUM, 40, 'fp-class-vendor')}";\n`, 'vendor/github.com/x/y/z.go')).toEqual(['stripe-secret-key']);
    expect(logged('log.Printf("%s", apiToken)', 'vendor/google.golang.org/grpc/balancer.go')).toEqual([]);
    // exporter-toolkit's timing guard: the bcrypt hash of "fakepassword", in another project's code.
    const hash = '$2y$10$QOauhQNbBCuQDKes6eFzPeMqBSjb7Mr5DUmpZ/VcEd00UAV/LDeSi';
    expect(secrets(`\t\thashedPassword = "${hash}"\n`, 'vendor/github.com/prometheus/exporter-toolkit/web/handler.go')).toEqual([]);
    expect(secrets(`\t\thashedPassword = "${hash}"\n`, 'internal/web/handler.go')).toEqual(['password-hash-bcrypt']);
  });

  it('a password equal to the user name beside it is a development default; another password there is found', () => {
    const service = (password: string) => `    services:\n      postgres:\n        image: postgres\n        env:\n          POSTGRES_USER: netbox\n          POSTGRES_PASSWORD: ${password}\n`;
    expect(secrets(service('netbox'), '.github/workflows/ci.yml')).toEqual([]);
    expect(secrets(service(pw), '.github/workflows/ci.yml')).toEqual(['generic-secret-assignment']);
    const settings = (password: string) => `DATABASES = {\n    'default': {\n        'NAME': 'netbox',\n        'USER': 'netbox',\n        'PASSWORD': '${password}',\n    }\n}\n`;
    expect(secrets(settings('netbox'), 'netbox/settings.py')).toEqual([]);
    expect(secrets(settings('Nb0x-prod-7731'), 'netbox/settings.py')).toEqual(['generic-secret-assignment']);
    // Far from the password, the same word is no longer its user.
    expect(secrets(`user: netbox\n${'x: 1\n'.repeat(5)}password: netbox\n`, 'deploy/values.yaml')).toEqual(['generic-secret-assignment']);
  });

  it('the name part of a label key, a self-describing key and a pull policy under a pull-secret name are labels', () => {
    expect(secrets('  labels:\n    konghq.com/secret: internal\n', 'charts/kong-operator/templates/ca.yaml')).toEqual([]);
    expect(secrets(`    cert-manager.io/secret-template: '{ "labels": { "konghq.com/secret" : "internal" } }'\n`, 'charts/kong-operator/templates/webhook.yaml')).toEqual([]);
    expect(secrets('  secretKey: "not-a-secure-key"\n', 'values.yaml')).toEqual([]);
    expect(secrets('imagePullSecret: IfNotPresent\n', 'tools/templates/lint-and-validate-values.yaml')).toEqual([]);
    expect(secrets(`  labels:\n    secret: ${pw}\n`, 'charts/kong-operator/templates/ca.yaml')).toEqual(['generic-secret-assignment']);
    expect(secrets(`  secretKey: "${fake(ALNUM, 24, 'fp-class-harbor')}"\n`, 'values.yaml')).toEqual(['generic-secret-assignment']);
  });

  it('base64 of a placeholder word is judged as the word; base64 of a chosen password is still found', () => {
    const data = (entries: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: roles\ndata:\n${entries}`;
    const b64 = (s: string) => Buffer.from(s).toString('base64');
    expect(secrets(data(`  password1: ${b64('foobar')}\n  password2: ${b64('testpassword')}\n  read-only-token-secret: ${b64('testtoken')}\n`), 'manifests/infrastructure-roles.yaml')).toEqual([]);
    expect(secrets(data(`  password1: ${b64(pw)}\n`), 'manifests/infrastructure-roles.yaml')).toEqual(['generic-secret-assignment']);
  });

  it('a Vault path is a path; a base64 key with slashes is not', () => {
    expect(secrets('  "OHUB_GITHUB_VAULT_SECRET": "secret/ci/elastic-cloud-on-k8s/operatorhub-release-github"\n', 'hack/release.json')).toEqual([]);
    // A shell variable spliced in by closing the quotes: the path's last part goes on in the variable.
    expect(secrets(`        "OHUB_GITHUB_VAULT_SECRET": "secret/ci/elastic-cloud-on-k8s/operatorhub-release-github-'"$GH_USERNAME"'"\n`, 'hack/release.sh')).toEqual([]);
    expect(secrets(`  "VAULT_SECRET": "${fake(B64, 12, 'fp-class-v1')}/${fake(B64, 12, 'fp-class-v2')}/${fake(B64, 12, 'fp-class-v3')}"\n`, 'hack/release.json')).toEqual(['generic-secret-assignment']);
    // A provider prefix with a dot before a base64 body with slashes (FullStory's `na1.`) is a key, not a path.
    expect(secrets(`  "fullstory_secret": "na1.${fake(B64, 10, 'fp-class-v4')}/${fake(B64, 12, 'fp-class-v5')}/${fake(B64, 40, 'fp-class-v6')}"\n`, 'hack/release.json')).toEqual(['generic-secret-assignment']);
  });

  it("a Hugo site's DocSearch key beside its index name and app id is public", () => {
    expect(secrets(`params:\n  docs_search_index_name: projectcontour\n  docs_search_api_key: ${fake(HEX, 32, 'fp-class-hugo')}\n  docs_search_app_id: IW9YQMJ8HH\n`, 'site/config.yaml')).toEqual([]);
    expect(secrets(`params:\n  docs_search_api_key: ${fake(HEX, 32, 'fp-class-hugo2')}\n`, 'site/config.yaml')).toEqual(['generic-secret-assignment']);
  });

  it('a field path is a reference', () => {
    expect(secrets('\tconst poolerImageCatalogKey = ".spec.pgbouncer.imageCatalogRef"\n', 'internal/controller/pooler_controller.go')).toEqual([]);
  });

  it('header names, dotted setting names and joined words are labels; a generated value under the same names is not', () => {
    expect(secrets('\tContentSHAKey = "X-Amz-Content-Sha256"\n', 'pkg/signer/const.go')).toEqual([]);
    expect(secrets('\tSseCopyCustomerKeyMD5 = "X-Amz-Copy-Source-Server-Side-Encryption-Customer-Key-MD5"\n', 'pkg/encrypt/sse.go')).toEqual([]);
    expect(secrets('\toauth2ServiceAccountKey = "oauth2.google.serviceAccount"\n', 'auth/adapt.go')).toEqual([]);
    expect(secrets('\tqv.Set("requested_token_use", "on_behalf_of")\n', 'oauth/accesstokens.go')).toEqual([]);
    expect(secrets(`\tContentSHAKey = "${fake(ALNUM, 24, 'fp-class-header')}"\n`, 'pkg/signer/const.go')).toEqual(['generic-secret-assignment']);
    expect(secrets('AGENT_API_KEY = "sk-dev-token"\n', 'agent/settings.py')).toEqual(['generic-secret-assignment']);
  });

  it('a JSON-escaped & ends a recorded query value', () => {
    const url = (token: string) => `"URL": "https://storage.example.com/v1/b/bucket/o?alt=json\\u0026pageToken=${token}\\u0026prefix=obj\\u0026prettyPrint=false"`;
    expect(secrets(url(''), 'testing/storage.replay')).toEqual([]);
    expect(secrets(url(fake(ALNUM, 24, 'fp-class-replay')), 'testing/storage.replay')).toEqual(['generic-secret-assignment']);
  });

  it('a path glob is a path (`resourceKey=apis/v1/**`), a generated value under the same name is not', () => {
    expect(secrets('sonar.issue.ignore.multicriteria.g2.resourceKey=apis/externalsecrets/v1beta1/**\n', '.sonarcloud.properties')).toEqual([]);
    expect(secrets('exclude_secrets = **/*_secret.yaml\n', 'config.ini')).toEqual([]);
    expect(secrets(`api_secret = ${pw}\n`, 'config.ini')).toEqual(['generic-secret-assignment']);
  });

  it('1Password is a product name, a tag is a label, a constant suffix names a field', () => {
    expect(secrets('\tCallOnePasswordSDKEnvironmentsGetVars = "Environments.GetVariables"\n', 'runtime/constants/constants.go')).toEqual([]);
    expect(secrets(`\tonePasswordToken = "${pw}"\n`, 'runtime/constants/constants.go')).toEqual(['generic-secret-assignment']);
    expect(secrets('\textSecretManagedTag = "k8s-external-secrets-managed"\n', 'providers/akeyless.go')).toEqual([]);
    expect(secrets(`\textSecret = "${pw}"\n`, 'providers/akeyless.go')).toEqual(['generic-secret-assignment']);
  });

  it('OpenAPI and JSON-schema description text is prose', () => {
    const line = '  "description": "The list of ports. +patchMergeKey=port \\"x-kubernetes-patch-merge-key\\":\\"port\\",\\"token\\":\\"' + pw + '\\"",';
    expect(secrets(line, 'api/openapi-spec/swagger.json')).toEqual([]);
    expect(secrets(`  "token": "${pw}",`, 'api/openapi-spec/swagger.json')).toEqual(['generic-secret-assignment']);
  });
});

describe('a variable passed to an environment lookup holds a name', () => {
  it('printing it prints the name; a token read from it is still a token', () => {
    const text = 'if os.Getenv(TempoAccessPolicyToken) != "" {\n\tlogger.Warn(fmt.Sprintf("%s is set", TempoAccessPolicyToken))\n}\n';
    expect(logged(text, 'cmd/vulture/main.go')).toEqual([]);
    expect(logged('token := os.Getenv("TOKEN")\nlogger.Warn(fmt.Sprintf("%s is set", accessPolicyToken))\n', 'cmd/vulture/main.go')).toHaveLength(1);
  });
});

describe('keys of a Kubernetes Secret that hold no secret', () => {
  const secret = (entries: string) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\nstringData:\n${entries}`;
  it('type, names, user and database names, client ids, URLs, paths and templates', () => {
    const text = secret('  type: memory\n  name: "Demo Client"\n  scheme: http\n  username: orders\n  database: orders\n  client_id: orders-web\n  issuer_url: https://idp.corp\n  key_path: /etc/app/key.pem\n  key_pass: "{{- include "app.pass" . }}"\n');
    expect(secrets(text, 'deploy/secret.yaml')).toEqual([]);
  });

  it('a password or a generated value under any key is still found', () => {
    expect(secrets(secret(`  password: ${pw}\n`), 'deploy/secret.yaml')).toEqual(['kubernetes-secret-stringdata']);
    expect(secrets(secret(`  value: ${fake(B64, 24, 'fp-class-tsig')}==\n`), 'deploy/secret.yaml')).toEqual(['kubernetes-secret-stringdata']);
  });

  it('a data entry that decodes to a placeholder word is not a secret', () => {
    const text = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  MYSQL_ROOT_PASSWORD: ${Buffer.from('test').toString('base64')}\n`;
    expect(secrets(text, 'deploy/secret.yaml')).toEqual([]);
  });
});

describe('secret-in-log where nothing secret is logged', () => {
  it('a Helm print helper returns a value', () => {
    expect(logged('{{- print (tpl $existingSecret .) -}}\n{{- printf "%s" $password -}}\n', 'templates/_helpers.tpl')).toEqual([]);
  });

  it('an escaped \\$VAR is text written for another script', () => {
    expect(logged('echo "REDISCLI_AUTH=\\"\\$REDIS_PASSWORD\\"" > /opt/env.sh\necho "auth \\$REDIS_PASSWORD"\n', 'scripts/start.sh')).toEqual([]);
  });

  it('a variable holding a file path prints the path', () => {
    expect(logged('TOKEN=/var/run/secrets/kubernetes.io/serviceaccount/token\necho "using $TOKEN"\n', 'hack/run.sh')).toEqual([]);
    expect(logged('TOKEN=$(cat /run/token)\necho "using $TOKEN"\n', 'hack/run.sh')).toHaveLength(1);
  });

  it('the working directory is not a password', () => {
    expect(logged('fmt.Printf("pwdPackage: %s\\n", c.pwdPackage)\n', 'cmd/copier.go')).toEqual([]);
  });

  it('a type, an id stored in a Secret, and output redirected for a whole group print no secret', () => {
    expect(logged('log.Info("ca", "type", fmt.Sprintf("%T", existingCA.PrivateKey))\n', 'pkg/certificates/ca.go')).toEqual([]);
    expect(logged('log.Info("pem", "ca_type", reflect.TypeOf(caPrivateKey))\n', 'pkg/certificates/pem.go')).toEqual([]);
    expect(logged('log.Info(fmt.Sprintf("key %s saved", keyIDInSecret))\n', 'pkg/keystore/keystore.go')).toEqual([]);
    expect(logged('{\n  echo "api_key=${API_KEY}"\n  echo "port=${PORT}"\n} >> "$GITHUB_OUTPUT"\n', '.github/workflows/ci.sh')).toEqual([]);
    expect(logged('log.Info("ca", "key", fmt.Sprintf("%s", existingCA.PrivateKey))\n', 'pkg/certificates/ca.go')).toHaveLength(1);
    expect(logged('{\n  echo "api_key=${API_KEY}"\n}\n', 'ci.sh')).toHaveLength(1);
  });

  it('a test tally prints counts: pass beside fail', () => {
    expect(logged('fmt.Fprintf(os.Stderr, "pass: %d, fail: %d, warn: %d\\n", rc.Pass, rc.Fail, rc.Warn)\n', 'commands/apply/print.go')).toEqual([]);
    expect(logged('fmt.Fprintf(os.Stderr, "login with %s\\n", cfg.Pass)\n', 'commands/login.go')).toHaveLength(1);
  });

  it('a connector that takes passwords and a switch to passwords hold no password', () => {
    expect(logged('logger.Info("config using password grant connector", "password_connector", c.OAuth2.PasswordConnector)\n', 'cmd/dex/serve.go')).toEqual([]);
    expect(logged('log.Info("kerberos", "fallback_to_password", lc.krbConf.FallbackToPassword)\n', 'connector/ldap/ldap.go')).toEqual([]);
    expect(logged('log.Info("bind", "password", lc.BindPassword)\n', 'connector/ldap/ldap.go')).toHaveLength(1);
  });
});

describe('placeholder PEM bodies, timestamps, labels and salts', () => {
  it('a PEM body of base64 text or of a repeated pattern is a placeholder', () => {
    const text = Buffer.from('This is not a real private key, replace it with your own. '.repeat(3)).toString('base64');
    const lines = (text.match(/.{1,64}/g) as string[]).join('\n');
    expect(secrets(`-----BEGIN RSA PRIVATE KEY-----\n${lines}\n-----END RSA PRIVATE KEY-----\n`, 'docs/key.txt')).toEqual([]);
    expect(secrets(`-----BEGIN PRIVATE KEY-----\nMIIE${'AAAA'.repeat(40)}\n-----END PRIVATE KEY-----\n`, 'key.pem')).toEqual([]);
    expect(secrets(fakePrivateKey('RSA ', 'fp-class-key'), 'key.pem')).toEqual(['private-key-rsa']);
  });

  it('timestamps, label keys and salts used as constants', () => {
    expect(secrets('argocdServerAdminPasswordMtime: "2006-01-02T15:04:05Z"', 'values.yaml')).toEqual([]);
    expect(secrets('release_token: "2024-05-01T10:00:00+02:00"', 'values.yaml')).toEqual([]);
    expect(secrets('session_key_label = "app.kubernetes.io/session-key"', 'settings.py')).toEqual([]);
    expect(secrets('PASSWORD_RESET_SALT = "django.contrib.auth.tokens.PasswordResetTokenGenerator"', 'settings.py')).toEqual([]);
    expect(secrets(`HASH_SALT = "${fake(ALNUM, 32, 'fp-class-salt')}"`, 'settings.py')).toEqual([]);
  });

  it('commented-out values under an example heading are documentation', () => {
    expect(secrets(`## Example:\n## gossipKey: "${fake(B64, 43, 'fp-class-gossip')}="\n##\ngossipKey: ""\n`, 'chart/values.yaml')).toEqual([]);
    expect(secrets(`## e.g:\n##   auth:\n##     password: ${pw}\n`, 'chart/values.yaml')).toEqual([]);
    expect(secrets(`# The admin password\n# password: ${pw}\n`, 'chart/values.yaml')).toEqual(['generic-secret-assignment']);
  });
});

describe('values typed by hand', () => {
  it.each([
    ['a run counting up', `STRIPE_SECRET_KEY=sk_live_${fake(ALNUM, 40, 'fp-typed-1')}abc123456`],
    ['the alphabet', `client_secret=shpss_${fake(HEX, 8, 'fp-typed-2')}abcdefghijklmnopqrstuvwx`],
    ['a run counting down', `api_token = "${fake(ALNUM, 20, 'fp-typed-3')}ZYXWVUTS"`],
    ['letters and digits counting up in turn', 'client_secret: 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'],
    ['mostly one character', `apiKey: "AIza${'a'.repeat(35)}"`],
    ['mostly one digit', `API_KEY="glc_${'1'.repeat(42)}="`],
  ])('%s is reported as an example: low, typed, not dropped', (_label, line) => {
    const found = scan(line, 'config/app.env').filter((f) => f.category === 'secret');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ context: 'example', severity: 'low', typed: true });
  });

  it('a typed value keeps a test or docs file\'s own context', () => {
    const line = 'client_secret: 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';
    expect(scan(line, 'test/fixtures/app.env', undefined, 'test').filter((f) => f.category === 'secret')).toMatchObject([{ context: 'test', typed: true }]);
    expect(scan(line, 'README.md', undefined, 'docs').filter((f) => f.category === 'secret')).toMatchObject([{ context: 'docs', typed: true }]);
  });

  it('a generated value of the same shape stays in source and is not typed', () => {
    const [found] = scan(`client_secret: shpss_${fake(HEX, 32, 'fp-typed-9')}`, 'config/app.env').filter((f) => f.category === 'secret');
    expect(found?.context).toBe('source');
    expect(found?.typed).toBeUndefined();
  });

  it('the Secret rule judges a data entry by its decoded value, which the finding does not show', () => {
    const secret = (value: string) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\ndata:\n  token: ${Buffer.from(value).toString('base64')}\n`;
    expect(secrets(secret('abcdef123456'), 'deploy/secret.yaml')).not.toContain('kubernetes-secret-data');
    expect(secrets(secret(pw), 'deploy/secret.yaml')).toContain('kubernetes-secret-data');
  });

  it('formats that hold a run of one character (Twitter bearer tokens, Azure DevOps PATs) are still found', () => {
    const bearer = `${'A'.repeat(22)}${fake(ALNUM, 90, 'fp-typed-4')}`;
    expect(secrets(`TWITTER_BEARER_TOKEN=${bearer}`, 'config/app.env')).toEqual(['twitter-bearer-token']);
    const pat = `${fake(ALNUM, 53, 'fp-typed-6')}JQQJ99BAC${'A'.repeat(13)}SAZDO${fake(UPPER, 4, 'fp-typed-7')}`;
    expect(secrets(`AZURE_DEVOPS_PAT=${pat}`, 'config/app.env')).toEqual(['azure-devops-pat']);
  });

  it('lower-case words joined by underscores or dashes are labels, not passwords', () => {
    expect(secrets("password = 'open_sesame'", 'config/app.ini')).toEqual([]);
    expect(secrets('ibm-cloud-pwd = shorter-version', 'config/app.ini')).toEqual([]);
    expect(secrets(`password = 'open_sesame_${fake(DIGITS, 4, 'fp-typed-8')}'`, 'config/app.ini')).toEqual(['generic-secret-assignment']);
  });
});

describe('shape-verified private keys', () => {
  const { privateKey: rsa } = generateKeyPairSync('rsa', { modulusLength: 1024, privateKeyEncoding: { type: 'pkcs1', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
  const { privateKey: ec } = generateKeyPairSync('ec', { namedCurve: 'prime256v1', privateKeyEncoding: { type: 'sec1', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
  const { privateKey: ed } = generateKeyPairSync('ed25519', { privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });

  it.each([
    ['RSA (PKCS#1)', rsa],
    ['EC (SEC1)', ec],
    ['Ed25519 (PKCS#8)', ed],
  ])('a generated %s key is verified: critical in source, low but verified in a test', (_, pem) => {
    const [inSource] = scan(pem, 'deploy/key.pem');
    expect(inSource).toMatchObject({ confidence: 'verified', severity: 'critical' });
    expect(inSource?.message).toContain('structure verified');
    const [inTest] = scan(pem, 'test/fixtures/key.pem', undefined, 'test');
    expect(inTest).toMatchObject({ confidence: 'verified', severity: 'low' });
    const b64 = Buffer.from(pem).toString('base64');
    expect(scan(`  tls.key: ${b64}\n`, 'chart/values.yaml')[0]).toMatchObject({ ruleId: 'secrets/private-key-pem-base64', confidence: 'verified' });
  });

  it('a generated key whose random base64 happens to spell a placeholder word is still found and verified', () => {
    // About one generated key in a hundred spells such a word (`test`, `here`): search for one.
    const bodyOf = (pem: string) => pem.split('\n').filter((l) => l && !l.startsWith('-----')).join('\n');
    let pem: string | undefined;
    for (let i = 0; i < 5_000 && !pem; i++) {
      const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024, privateKeyEncoding: { type: 'pkcs1', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
      if (isPlaceholderOrReference(bodyOf(privateKey))) pem = privateKey;
    }
    expect(pem).toBeDefined();
    expect(scan(pem!, 'deploy/key.pem')[0]).toMatchObject({ confidence: 'verified', severity: 'critical' });
    expect(scan(`  tls.key: ${Buffer.from(pem!).toString('base64')}\n`, 'chart/values.yaml')[0]).toMatchObject({ ruleId: 'secrets/private-key-pem-base64', confidence: 'verified' });
  });

  it('a random body behind a key header is provider-shaped, not verified', () => {
    expect(scan(fakePrivateKey('RSA ', 'fp-class-rnd'), 'key.pem')[0]).toMatchObject({ confidence: 'provider', severity: 'high' });
  });
});

describe('known public values', () => {
  it('AWS documentation example keys and their variants are known public values', () => {
    expect(isKnownPublicValue('AKIAIOSFODNN7EXAMPLE')).toBe(true);
    expect(isKnownPublicValue('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')).toBe(true);
    expect(isKnownPublicValue('je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY')).toBe(true);
    expect(isKnownPublicValue(fake(B64, 40, 'fp-class-aws'))).toBe(false);
  });

  it('tokens signed with jwt.io\'s example secrets are its examples; the same claims signed otherwise are a token', () => {
    const sign = (alg: string, hash: string, secret: string, claims: object): string => {
      const signed = `${base64url(JSON.stringify({ alg, typ: 'JWT' }))}.${base64url(JSON.stringify(claims))}`;
      return `${signed}.${createHmac(hash, secret).update(signed).digest('base64url')}`;
    };
    const claims = { sub: '1234567890', name: 'John Doe', admin: true, iat: 1516239022 };
    expect(isKnownPublicValue(sign('HS256', 'sha256', 'your-256-bit-secret', claims))).toBe(true);
    expect(isKnownPublicValue(sign('HS512', 'sha512', 'a-string-secret-at-least-256-bits-long', claims))).toBe(true);
    expect(secrets(`token = "${sign('HS384', 'sha384', 'a-string-secret-at-least-256-bits-long', claims)}"`, 'src/auth.py')).toEqual([]);
    const real = sign('HS256', 'sha256', fake(ALNUM, 32, 'fp-class-jwt'), claims);
    expect(isKnownPublicValue(real)).toBe(false);
    expect(secrets(`token = "${real}"`, 'src/auth.py')).toEqual(['jwt']);
  });

  it('the Telegram and Kubernetes documentation examples are known public values', () => {
    const docsBotToken = ['110201543', 'AAHdqTcvCH1vGWJxfSe1ofSAs0K5PALDsaw'].join(':');
    expect(secrets(`TELEGRAM_TOKEN=${docsBotToken}`, 'bot.env')).toEqual([]);
    expect(secrets(`TELEGRAM_TOKEN=${fake(DIGITS, 9, 'fp-class-tg')}:AA${fake(B64URL, 33, 'fp-class-tg2')}`, 'bot.env')).toEqual(['telegram-bot-token']);
    const docsSecret = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: mysecret\ntype: Opaque\ndata:\n  username: YWRtaW4=\n  password: MWYyZDFlMmU2N2Rm\n';
    expect(secrets(docsSecret, 'k8s/secret.yaml')).toEqual([]);
    expect(secrets(docsSecret.replace('MWYyZDFlMmU2N2Rm', Buffer.from(fake(ALNUM, 12, 'fp-class-k8s')).toString('base64')), 'k8s/secret.yaml')).toEqual(['kubernetes-secret-data']);
  });

  it("dotenv-vault's documented DOTENV_KEY example is a known public value; another key in its place is found", () => {
    const uri = (key: string) => `DOTENV_KEY=dotenv://:${key}@dotenv.org/vault/.env.vault?environment=development`;
    expect(secrets(uri('key_1234'), 'app/.env')).toEqual([]);
    expect(secrets(uri(`key_${fake(ALNUM, 24, 'fp-class-dotenv')}`), 'app/.env')).not.toEqual([]);
  });

  it("Grafana's documented default secret_key is a known public value; another key in its place is found", () => {
    const ini = (key: string) => `grafana:\n  grafana.ini: |\n    [security]\n    secret_key = ${key}\n`;
    expect(secrets(ini(['SW2YcwTIb9', 'zpOOhoPsMm'].join('')), 'charts/mattermost-grafana/values.yaml')).toEqual([]);
    expect(secrets(ini(fake(ALNUM, 20, 'fp-class-grafana')), 'charts/mattermost-grafana/values.yaml')).toEqual(['generic-secret-assignment']);
  });

  it('documentation keys with a SAMPLE or TEST tail are not reported', () => {
    expect(secrets(`aws_secret_access_key = ${fake(B64, 30, 'fp-class-aws2')}SAMPLEKEY`, 'config.ini')).toEqual([]);
    expect(secrets(`aws_access_key_id = AKIA${fake('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 12, 'fp-class-aws3')}TEST`, 'config.ini')).toEqual([]);
  });
});

describe('commented-out configuration is documentation', () => {
  const found = (text: string, path: string) => scan(text, path).filter((f) => f.category === 'secret');

  it.each([
    ['chart/values.yaml', `#   client_secret: ${pw}`],
    ['chart/values.yaml', `    ##       password: ${pw}`],
    ['app/settings.py', `# DB_PASSWORD = "${pw}"`],
    ['app/main.go', `\t// apiSecret := "${pw}"`],
    ['app/main.ts', `/* const clientSecret = "${pw}" */`],
    ['charts/grafana/values.yaml', `  grafana.ini: |\n    [security]\n    ;admin_password = ${pw}`],
    ['conf/app.ini', `; secret_key = ${pw}`],
  ])('a generic assignment on a comment line of %s is read as docs', (path, line) => {
    const [finding, ...rest] = found(line, path);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId: 'secrets/generic-secret-assignment', confidence: 'generic', context: 'docs', commented: true, severity: 'low' });
  });

  it('the same assignment outside a comment, or after code on its line, stays source', () => {
    for (const [path, line] of [['chart/values.yaml', `client_secret: ${pw}`], ['app/settings.py', `DB_PASSWORD = "${pw}"  # set in vault later`]] as const) {
      const [finding] = found(line, path);
      expect(finding).toMatchObject({ confidence: 'generic', context: 'source', severity: 'medium' });
      expect(finding).not.toHaveProperty('commented');
    }
  });

  it('a provider-shaped or verified token in a comment keeps the file context', () => {
    const token = checksummedToken('ghp_', 'fp-class-comment');
    const [finding] = found(`# token: ${token}`, 'chart/values.yaml');
    expect(finding).toMatchObject({ ruleId: 'secrets/github-pat', context: 'source' });
    expect(finding).not.toHaveProperty('commented');
  });

  it('a commented-out assignment in a test file keeps the test context', () => {
    const [finding] = scan(`# password: ${pw}`, 'tests/values.yaml', undefined, 'test').filter((f) => f.category === 'secret');
    expect(finding).toMatchObject({ context: 'test' });
    expect(finding).not.toHaveProperty('commented');
  });
});

describe('anchors, types and references to stored secrets are not values', () => {
  it.each([
    ['openapi.yaml', '      token: &chat_completion_logprobs_token'],
    ['openapi.yaml', '      token: *chat_completion_logprobs_token'],
    ['kserve/models/v1beta1_custom_predictor.py', "        'image_pull_secrets': 'list[V1LocalObjectReference]',"],
    ['models/user.py', "    'api_token': 'Optional[str]',"],
    ['.github/workflows/release.yaml', '            GPG_PASSPHRASE=helm-chart-signing-key:passphrase'],
    ['.github/workflows/release.yaml', '            GPG_PRIVATE_KEY=helm-chart-signing-key:private_key'],
    ['pkg/constants/constants.go', '\tDefaultStorageSpecSecret     = "storage-config"'],
  ])('%s: %s', (path, line) => {
    expect(secrets(line, path)).toEqual([]);
  });

  it('a quoted value that starts like an anchor, a secret beside a type, and a password with a colon are still found', () => {
    expect(secrets(`token: "*${pw}"`, 'values.yaml')).toEqual(['generic-secret-assignment']);
    expect(secrets(`    'api_token': '${pw}',`, 'models/user.py')).toEqual(['generic-secret-assignment']);
    expect(secrets(`GPG_PASSPHRASE=${pw}:passphrase2`, '.env')).toEqual(['generic-secret-assignment']);
    expect(secrets(`DefaultStorageSecret = "${pw}"`, 'pkg/constants/constants.go')).toEqual(['generic-secret-assignment']);
  });
});
