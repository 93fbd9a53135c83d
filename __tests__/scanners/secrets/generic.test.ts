// The generic rule: literals assigned to secret-named identifiers, and everything it must leave alone.
import { ALNUM, B64URL, fake, HEX } from './fake.js';
import { scan, secretFindings } from './helpers.js';

const GENERIC = 'secrets/generic-secret-assignment';

describe('the article anti-pattern', () => {
  const source = [
    'import os',
    '',
    'AGENT_API_KEY = "sk-dev-token"',
    'SQL_CONNECTION = "Server=tcp:demo.database;User Id=admin;Password=SuperSecret!"',
    '',
    'def connect():',
    '    print(f"[debug] connecting with {SQL_CONNECTION}")',
    '    print(f"[debug] agent key={AGENT_API_KEY} ready")',
  ].join('\n');
  const findings = scan(source, 'services/agent/app.py');

  it('flags the API key literal at its position, redacted', () => {
    const f = findings.find((x) => x.ruleId === GENERIC);
    // A generic assignment is medium (high is for provider-shaped tokens, critical for verified ones).
    expect(f).toMatchObject({ line: 3, column: 18, category: 'secret', severity: 'medium', context: 'source', confidence: 'generic' });
    expect(f?.message).toBe("Hardcoded secret assigned to 'AGENT_API_KEY'");
    expect(f?.redacted).toBe('sk-\u2026[under 16 chars]');
  });

  it('flags Password=SuperSecret! through the connection-string rule', () => {
    const f = findings.find((x) => x.ruleId === 'secrets/connection-string-password');
    expect(f).toMatchObject({ line: 4, column: 67 });
    expect(f?.redacted).toBe('\u2026[under 16 chars]');
  });

  it('reports nothing that contains a secret', () => {
    const json = JSON.stringify(findings);
    expect(json).not.toContain('sk-dev-token');
    expect(json).not.toContain('SuperSecret');
  });
});

describe('languages and formats', () => {
  const v = (seed: string): string => fake(ALNUM, 18, seed);
  const cases: [string, string, string][] = [
    ['python', 'app/settings.py', `DB_PASSWORD = '${v('py')}'`],
    ['python kwarg', 'app/db.py', `conn = psycopg2.connect(host="db", password="${v('pykw')}")`],
    ['python annotation', 'app/cfg.py', `api_key: str = "${v('pyann')}"`],
    ['javascript', 'src/client.js', `const apiKey = "${v('js')}";`],
    ['typescript annotation', 'src/client.ts', `const clientSecret: string = '${v('ts')}';`],
    ['object literal', 'src/config.ts', `export default { auth: { token: "${v('obj')}" } };`],
    ['go short decl', 'cmd/main.go', `password := "${v('go')}"`],
    ['go typed var', 'cmd/main.go', `var apiToken string = "${v('go2')}"`],
    ['go struct field', 'cmd/main.go', `cfg := Config{Password: "${v('go3')}"}`],
    ['java', 'src/Main.java', `private static final String SECRET_KEY = "${v('java')}";`],
    ['kotlin', 'src/Main.kt', `val accessToken: String = "${v('kt')}"`],
    ['c#', 'src/Program.cs', `var credential = new Client { ApiKey = "${v('cs')}" };`],
    ['ruby', 'config/app.rb', `config.secret_token = '${v('rb')}'`],
    ['ruby hash', 'config/app.rb', `{ password: '${v('rb2')}' }`],
    ['php', 'config/db.php', `'password' => '${v('php')}',`],
    ['php define', 'wp-config.php', `define('AUTH_KEY', '${v('php2')}');`],
    ['shell export', 'deploy.sh', `export GITHUB_TOKEN=${v('sh')}`],
    ['dotenv', '.env', `STRIPE_KEY=${v('env')}`],
    ['dotenv quoted', '.env.production', `SESSION_SECRET="${v('env2')}"`],
    ['yaml', 'config/app.yaml', `  db_password: ${v('yaml')}`],
    ['yaml quoted', 'values.yaml', `apiKey: "${v('yaml2')}"`],
    ['json', 'config.json', `{"client_secret": "${v('json')}"}`],
    ['toml', 'config.toml', `token = "${v('toml')}"`],
    ['ini', 'setup.cfg', `password = ${v('ini')}`],
    ['properties', 'application.properties', `spring.datasource.password=${v('props')}`],
    ['xml attribute', 'config.xml', `<connection user="app" password="${v('xml')}" />`],
    ['terraform', 'main.tf', `  admin_password = "${v('tf')}"`],
    ['secret access key', 'config/cos.ini', `secret_access_key = ${v('cos')}`],
    ['personal access token', 'config/app.env', `PERSONAL_ACCESS_TOKEN=${v('pat')}`],
    ['dockerfile', 'Dockerfile', `ENV API_TOKEN=${v('docker')}`],
    ['compose list', 'docker-compose.yml', `      - POSTGRES_PASSWORD=${v('compose')}`],
    ['powershell', 'deploy.ps1', `$ApiKey = "${v('ps')}"`],
    ['curl bearer', 'scripts/call.sh', `curl -H "Authorization: Bearer ${fake(B64URL, 40, 'curl')}" https://api.internal/v1`],
  ];
  it.each(cases)('%s', (_name, path, text) => {
    const found = secretFindings(scan(text, path));
    expect(found.map((f) => f.ruleId)).toContain(GENERIC);
  });
});

describe('placeholders, indirection and non-secrets stay quiet', () => {
  const quiet: [string, string][] = [
    ['changeme', 'password = "changeme"'],
    ['angle placeholder', 'api_key: "<your-key>"'],
    ['xxxx', 'API_KEY=xxxxxxxxxxxxxxxx'],
    ['masked', 'secret = "***"'],
    ['masked partial', 'token = "ghp_****************"'],
    ['env template', 'password: ${DB_PASSWORD}'],
    ['helm template', 'password: {{ .Values.db.password }}'],
    ['github expression', 'token: ${{ secrets.GITHUB_TOKEN }}'],
    ['process.env', 'const apiKey = process.env.API_KEY;'],
    ['process.env fallback', 'const apiKey = process.env.API_KEY || "";'],
    ['os.environ', 'API_KEY = os.environ["API_KEY"]'],
    ['os.getenv', 'API_KEY = os.getenv("API_KEY")'],
    ['getenv default', 'token = os.getenv("TOKEN", default=None)'],
    ['secretKeyRef', 'valueFrom:\n  secretKeyRef:\n    name: db\n    key: password'],
    ['key vault reference', 'DbPassword: "@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/db/)"'],
    ['vault ref', 'password: vault:secret/data/db#password'],
    ['secrets manager arn', 'password: arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf'],
    ['cfn dynamic ref', "MasterUserPassword: '{{resolve:secretsmanager:db:SecretString:password}}'"],
    ['cfn ref', 'MasterUserPassword: !Ref DbPassword'],
    ['sops', 'password: ENC[AES256_GCM,data:Zm9v,iv:YmFy,tag:YmF6,type:str]'],
    ['ansible vault', 'db_password: !vault |'],
    ['1password ref', 'API_TOKEN=op://Engineering/api/credential'],
    ['empty string', 'password = ""'],
    ['empty yaml', 'password:'],
    ['boolean', 'auth: true'],
    ['null', 'token: null'],
    ['number', 'token_ttl: 3600'],
    ['numbers only', 'pin = "123456789"'],
    ['label word', 'password_field = "password"'],
    ['label in form', 'const passwordLabel = "Password";'],
    ['autocomplete', '<input type="password" name="password" autocomplete="current-password">'],
    ['type annotation', 'password: string;'],
    ['ts interface', 'interface Login { password?: string; token: string }'],
    ['function call', 'token = generate_token(user)'],
    ['method call', 'const secret = await getSecret("db");'],
    ['doc example', 'API_KEY = "your_api_key_here"'],
    ['doc example 2', 'api_key = "example"'],
    ['dummy', 'password = "dummy"'],
    ['test as whole value', 'password = "test"'],
    ['env var name', 'password_env: DB_PASSWORD'],
    ['token type', 'token_type = "bearer"'],
    ['max tokens', 'max_tokens = 4096'],
    ['tokenizer', 'tokenizer = "bert-base-uncased"'],
    ['csrf', 'csrf_token = "csrfmiddlewaretoken"'],
    ['comparison with a label', 'if password == "not-compared":'],
    ['path', 'private_key = "/etc/ssl/private/server.key"'],
    ['file name', 'key_file: secrets/prod.pem'],
    ['url without credentials', 'token_url: https://login.example.net/oauth/token'],
    ['secret name reference', 'secretName: db-credentials'],
    ['prose', 'password: Enter your password below'],
    ['regex', 'PASSWORD_REGEX = "^(?=.*[A-Z])(?=.*\\\\d).{12,}$"'],
    ['algorithm', 'jwt_secret_algorithm = "HS256"'],
  ];
  it.each(quiet)('%s', (_name, text) => {
    expect(secretFindings(scan(text, 'config/app.txt'))).toEqual([]);
  });

  it('a comparison is no assignment; a chosen literal compared with a password is the secret-comparison rule\'s', () => {
    const ids = (text: string) => secretFindings(scan(text, 'app/login.py')).map((f) => f.ruleId);
    expect(ids('if password == "hunter2-but-compared":')).toEqual(['secrets/secret-comparison']);
    expect(ids('if password == "secret":')).toEqual([]);
  });

  it('code files: an unquoted right-hand side is an expression', () => {
    expect(secretFindings(scan('apiKey = settings.apiKey', 'src/a.py'))).toEqual([]);
    expect(secretFindings(scan('const token = session.token', 'src/a.ts'))).toEqual([]);
  });

  it('lockfiles, translation catalogues and source maps are not scanned by the generic rule', () => {
    const v = fake(HEX, 32, 'skip');
    expect(secretFindings(scan(`"token": "${v}"`, 'package-lock.json'))).toEqual([]);
    expect(secretFindings(scan(`"password": "Passwort-${v}"`, 'locales/de.json'))).toEqual([]);
    expect(secretFindings(scan(`{"token":"${v}"}`, 'dist/app.js.map'))).toEqual([]);
  });

  it('skips minified lines longer than 5,000 characters', () => {
    const line = `var a=1;${'x=1;'.repeat(1300)}var token="${fake(ALNUM, 24, 'min')}";`;
    expect(line.length).toBeGreaterThan(5000);
    expect(secretFindings(scan(line, 'src/vendor.js'))).toEqual([]);
    // The same assignment on a normal line is reported.
    expect(secretFindings(scan(`var token="${fake(ALNUM, 24, 'min')}";`, 'src/vendor.js'))).toHaveLength(1);
  });
});

describe('weakly named identifiers need high entropy', () => {
  it('reports a random value for auth and *_key names', () => {
    expect(secretFindings(scan(`auth: ${fake(ALNUM, 32, 'weak-1')}`, 'c.yaml'))).toHaveLength(1);
    expect(secretFindings(scan(`STRIPE_KEY=${fake(ALNUM, 32, 'weak-2')}`, '.env'))[0]?.severity).toBe('medium');
  });
  it('ignores low-entropy or short values for them', () => {
    expect(secretFindings(scan('auth: basic-auth-enabled', 'c.yaml'))).toEqual([]);
    expect(secretFindings(scan('cache_key = "users-list"', 'c.py'))).toEqual([]);
    expect(secretFindings(scan('sort_key: created_at', 'c.yaml'))).toEqual([]);
  });
});

describe('false positives seen in real packages', () => {
  it('an options list in a doc comment is not a password', () => {
    expect(scan(" * @param {string} [args.style=\"default\"] Render style ('default', 'password', 'invisible')\n", 'lib/prompts.js')).toEqual([]);
  });

  it('a codecov graph token in a README badge is public by design', () => {
    const badge = `[![codecov](https://codecov.io/gh/acme/lib/branch/main/graph/badge.svg?token=${fake(ALNUM, 10, 'badge-1')})](https://codecov.io/gh/acme/lib)\n`;
    expect(scan(badge, 'README.md')).toEqual([]);
  });

  it('a positional define() with a generated value is still found', () => {
    const value = fake(ALNUM, 20, 'define-1');
    expect(scan(`define('DB_PASSWORD', '${value}');\n`, 'wp-config.php').map((f) => f.ruleId)).toEqual(['secrets/generic-secret-assignment']);
  });

  it('the OAuth and OpenID specifications\' example tokens are public; a token of the same shape is not', () => {
    const doc = [
      '    HTTP/1.1 200 OK',
      '    {"access_token":"2YotnFZFEjr1zCsicMWpAA", "refresh_token":"tGzv3JOkF0XG5Qx2TlKWIA"}',
      '    Authorization: Bearer mF_9.B5f-4.1JqM',
      '    Authorization: Basic czZCaGRSa3F0MzpnWDFmQmF0M2JW',
    ].join('\n');
    expect(scan(doc, 'oauthlib/oauth2/rfc6749/parameters.py')).toEqual([]);
    expect(scan(`{"access_token":"${fake(ALNUM, 22, 'rfc-1')}"}`, 'config/session.json').map((f) => f.ruleId)).toEqual([GENERIC]);
  });

  it('a token in an ordinary API URL query is still found', () => {
    const value = fake(ALNUM, 32, 'query-1');
    expect(scan(`curl "https://api.internal/v1/items?token=${value}"\n`, 'scripts/get.sh').length).toBeGreaterThan(0);
  });
});

describe('code that is not recognised by extension', () => {
  // Seen scanning /usr/include: unquoted right-hand sides in C++ headers are expressions.
  it.each([
    ['include/c++/12/bits/regex_scanner.tcc', '\t  _M_token = _S_token_eof;'],
    ['include/c++/12/barrier', '      using arrival_token = __barrier_phase_t;'],
    ['include/llvm-14/llvm/IR/Intrinsics.td', 'def llvm_token_ty      : LLVMType<token>;'],
  ])('%s', (path, line) => {
    expect(scan(`${line}\n`, path).filter((f) => f.ruleId === GENERIC)).toEqual([]);
  });

  it('the same line in a config file is still a literal', () => {
    expect(scan('api_token = Zq8sK2x9PmW4vT7n\n', 'config/app.ini').filter((f) => f.ruleId === GENERIC)).toHaveLength(1);
  });
});

describe('assignments a formatter wrapped or commented out', () => {
  const key = fake(ALNUM, 40, 'gen-wrap-1');

  it('a string literal moved to the next line is the value', () => {
    expect(secretFindings(scan(`const scrapingBeeApiKey =\n  "${key}"; // replace with your key\n`, 'src/client.ts')).map((f) => f.ruleId)).toEqual([GENERIC]);
    expect(secretFindings(scan(`API_SECRET =\n    '${key}'\n`, 'app/settings.py')).map((f) => f.ruleId)).toEqual([GENERIC]);
  });

  it('an expression on the next line is not a literal', () => {
    expect(secretFindings(scan(`const apiKey =\n  "${key}" + suffix;\n`, 'src/client.ts'))).toEqual([]);
    expect(secretFindings(scan(`const apiKey =\n  process.env.API_KEY;\n`, 'src/client.ts'))).toEqual([]);
  });

  it('a commented-out PHP assignment is still read, a scheme-less URL with a port is not', () => {
    expect(secretFindings(scan(`//$google_client_secret = '${fake(ALNUM, 24, 'gen-wrap-2')}';\n`, 'config/google.php')).map((f) => f.ruleId)).toEqual([GENERIC]);
    expect(secretFindings(scan('src="//auth.example.internal:8443/login"\n', 'web/index.html'))).toEqual([]);
  });
});

describe('defaults used when the environment does not set a secret', () => {
  const value = fake(ALNUM, 32, 'gen-default-1');

  it('an env lookup with a literal fallback hardcodes the fallback', () => {
    expect(secretFindings(scan(`const apiKey = process.env.API_KEY || "${value}";\n`, 'src/config.ts')).map((f) => f.ruleId)).toEqual([GENERIC]);
    expect(secretFindings(scan(`const token = import.meta.env.VITE_TOKEN ?? '${value}';\n`, 'src/config.ts')).map((f) => f.ruleId)).toEqual([GENERIC]);
    expect(secretFindings(scan(`SECRET_KEY = os.environ.get('DJANGO_SECRET_KEY', '${value}')\n`, 'app/settings.py')).map((f) => f.ruleId)).toEqual([GENERIC]);
    expect(secretFindings(scan(`password = os.getenv("DB_PASSWORD", "${value}")\n`, 'app/db.py')).map((f) => f.ruleId)).toEqual([GENERIC]);
  });

  it('an empty, placeholder or variable fallback is no secret', () => {
    expect(secretFindings(scan('const apiKey = process.env.API_KEY || "changeme";\n', 'src/config.ts'))).toEqual([]);
    expect(secretFindings(scan('const apiKey = process.env.API_KEY ?? defaults.apiKey;\n', 'src/config.ts'))).toEqual([]);
    expect(secretFindings(scan("password = os.getenv('DB_PASSWORD', '')\n", 'app/db.py'))).toEqual([]);
  });
});
