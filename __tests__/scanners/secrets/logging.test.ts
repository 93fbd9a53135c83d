// Secret logging: print/log calls that write a secret-named variable or one holding a detected secret.
import { ALNUM, fake } from './fake.js';
import { fingerprint } from '../../../src/scanners/fingerprint.js';
import { scan } from './helpers.js';

const LOG = 'secrets/secret-in-log';
const logs = (text: string, path: string) => scan(text, path).filter((f) => f.ruleId === LOG);

describe('secret-in-log', () => {
  it('flags the article lines: a tainted variable and a secret-named one in f-strings', () => {
    const text = [
      'AGENT_API_KEY = "sk-dev-token"',
      'SQL_CONNECTION = "Server=tcp:demo.database;User Id=admin;Password=SuperSecret!"',
      'print(f"[debug] connecting with {SQL_CONNECTION}")',
      'print(f"[debug] agent key={AGENT_API_KEY} ready")',
    ].join('\n');
    const found = logs(text, 'app.py');
    expect(found.map((f) => [f.line, f.column, f.severity])).toEqual([
      [3, 34, 'high'],
      [4, 28, 'high'],
    ]);
    expect(found[0]).toMatchObject({ category: 'secret-logging', message: expect.stringContaining("'SQL_CONNECTION'") });
    expect(found[0]?.redacted).toBeUndefined();
    expect(found[0]?.fingerprint).toBe(fingerprint(LOG, 'app.py', 'SQL_CONNECTION'));
  });

  const positives: [string, string, string][] = [
    ['console.log template', 'src/a.ts', 'console.log(`token=${accessToken}`);'],
    ['console.log concatenation', 'src/a.js', 'console.log("password: " + dbPassword);'],
    ['console.log argument', 'src/a.js', 'console.log("secret", clientSecret);'],
    ['logger.info %s', 'app/a.py', 'logger.info("using key %s", api_key)'],
    ['logging.debug format', 'app/a.py', 'logging.debug("token: {}".format(auth_token))'],
    ['logging f-string', 'app/a.py', 'logging.warning(f"conn {db_password!r}")'],
    ['go fmt', 'main.go', 'fmt.Printf("api key: %s\\n", apiKey)'],
    ['go log', 'main.go', 'log.Printf("secret=%s", cfg.ClientSecret)'],
    ['java', 'A.java', 'System.out.println("Password is " + password);'],
    ['java slf4j', 'A.java', 'log.info("token {}", refreshToken);'],
    ['c#', 'A.cs', 'Console.WriteLine($"key {apiKey}");'],
    ['ruby', 'a.rb', 'puts "token #{github_token}"'],
    ['php', 'a.php', 'error_log("secret " . $secret);'],
    ['shell echo', 'deploy.sh', 'echo "Using $GITHUB_TOKEN"'],
    ['shell echo braces', 'deploy.sh', 'echo "key: ${API_KEY}"'],
    ['env lookup', 'app/a.py', 'print(os.environ["DB_PASSWORD"])'],
    ['azure storage account key', 'main.go', 'log.Info("connecting", "storageAccountKey", storageAccountKey)'],
    ['azure storage key', 'app/a.py', 'print(AZURE_STORAGE_KEY)'],
    ['storage key with another secret word', 'main.go', 'log.Printf("%s", storageKeyPassword)'],
    ['an access token of an order record', 'shop/tasks.py', 'logger.info("order %s", order.access_token)'],
    ['a bare token of a session, not a commerce record', 'shop/tasks.py', 'logger.info("session %s", session.token)'],
    ['shell secret given a value, not a name', 'deploy.sh', 'secret=$(openssl rand -hex 32)\necho "secret: ${secret}"'],
    ['shell echo with an apostrophe inside double quotes', 'run.sh', 'echo "it\'s $API_TOKEN"'],
    ['shell echo of a variable after a single-quoted label', 'run.sh', "echo 'value:' $API_TOKEN"],
    ['a token logged outside an ACME solver', 'pkg/issuer/vault/vault.go', 'log.Info("using token", "token", h.Token)'],
    ['go Fprintf to stderr', 'main.go', 'fmt.Fprintf(os.Stderr, "token %s\\n", apiToken)'],
    ['go Fprintln to an io stream', 'pkg/cmd/get.go', 'fmt.Fprintln(options.ioStreams.ErrOut, refreshToken)'],
    ['log call in a cobra command', 'cmd/login.go', 'import (\n\t"github.com/spf13/cobra"\n)\nlog.Debugf("Token: %s", tokenString)'],
    ['secret named after what it holds', 'A.java', 'LOGGER.info("{}", dbPasswordSecret);'],
    ['shell secret name beside a secret value', 'deploy.sh', 'secret_name=webhook-cert\necho "secret: ${secret}"'],
    ['a JS template literal interpolation', 'src/dev.ts', 'log.warn(`token: ${githubToken}`);'],
    ['PHP expands $name in a string', 'a.php', 'error_log("token $api_token");'],
    ['Kotlin expands $name in a string', 'A.kt', 'println("password $dbPassword")'],
    ['Python 2 print statement', 'app/a.py', 'print "key", api_key'],
    ['a shell echo in a YAML run step', '.github/workflows/ci.yml', '      - run: echo "token $NPM_TOKEN"'],
  ];
  it.each(positives)('%s', (_name, path, text) => {
    expect(logs(text, path)).toHaveLength(1);
  });

  const negatives: [string, string, string][] = [
    ['plain message', 'app/a.py', 'print("password reset email sent")'],
    ['commented-out call', 'src/a.ts', '  // console.log(apiToken);'],
    ['shell echo of literal words', 'test.sh', 'echo machine example.com login username password password'],
    ['code shown in HTML', 'docs/tutorial.html', '    printf(&quot;  --param name value : pass a (parameter,value) pair\\n&quot;);'],
    ['lexer token', 'tools/tokenize.py', 'import tokenize\nprint("%s" % repr(token))'],
    ['working directory', 'build.sh', 'echo "building in $PWD"'],
    ['Perl method call', 'lib/RTF.pm', "print $fh $token->attr('number'), \". \\n\";"],
    ['documentation comment', 'src/a.ts', ' * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"'],
    ['python comment', 'app/a.py', '# print(password)'],
    ['callback argument', 'bin/cli.js', 'print(JSON.stringify(ast, function(key, value) {\n  if (value instanceof AST_Token) return;\n}));'],
    ['length only', 'app/a.py', 'print(len(password))'],
    ['masked', 'app/a.py', 'logger.info("key %s", mask(api_key))'],
    ['property', 'src/a.ts', 'console.log(token.expiresAt)'],
    ['comparison', 'src/a.ts', 'console.log(password === confirmPassword)'],
    ['count', 'app/a.py', 'print("tokens used", token_count)'],
    ['plural nlp tokens', 'app/a.py', 'print(tokens)'],
    ['object key', 'src/a.js', "logger.debug({ secret: 'hidden' }, 'login')"],
    ['add-mask', '.github/workflows/ci.sh', 'echo "::add-mask::$TOKEN"'],
    ['piped to login', 'ci.sh', 'echo "$DOCKER_PASSWORD" | docker login -u ci --password-stdin'],
    ['redirected to file', 'ci.sh', 'echo "NPM_TOKEN=$NPM_TOKEN" >> .npmrc'],
    ['prose', 'README.md', 'The CLI will print out the token it expects.'],
    ['not a log call', 'src/a.ts', 'send(apiKey)'],
    ['shell single quotes print the name', 'templates/statefulset.yaml', "            echo 'Adding env $ELASTIC_PASSWORD to keystore as key bootstrap.password'"],
    ['a message constant about a secret', 'controller.go', 'log.Error(err, logErrorPatchSecret, "secretName", secretName)'],
    ['an error format and a field-name constant', 'provider.go', 'fmt.Printf(errFieldIsEmpty, privateKeyConst, *secretName)'],
    ['an ACME HTTP-01 challenge token', 'pkg/issuer/acme/http/solver/solver.go', 'type HTTP01Solver struct{ Token string }\nlog.Info("comparing token", "expected_token", h.Token, "expected_key", h.Key)'],
    ['go Fprintf into a hash', 'util/git/creds.go', 'fmt.Fprintf(h, "%s %d %s", g.privateKey, g.appID, g.baseURL)'],
    ['go Fprint into a buffer', 'util/a.go', 'fmt.Fprint(&buf, apiToken)'],
    ['cobra command output', 'cmd/account.go', 'import (\n\t"fmt"\n\t"github.com/spf13/cobra"\n)\nfmt.Println(response.Token)'],
    ['cobra command output to stdout', 'cmd/aws.go', 'import "github.com/spf13/cobra"\n_, _ = fmt.Fprint(os.Stdout, formatJSON(token, exp))'],
    ['image pull secret name', 'StUtils.java', 'LOGGER.info("Creating pull Secret: {}/{}", ns, Environment.SYSTEM_TEST_IMAGE_PULL_SECRET);'],
    ['registry secret name', 'StUtils.java', 'LOGGER.info("Checking Secret: {}", Environment.CONNECT_BUILD_REGISTRY_SECRET);'],
    ['a wait in milliseconds', 'Perf.java', 'LOGGER.info("batch {} of {}, waited {}", n, total, secretWaitMs);'],
    ['storage key of a model cache', 'pkg/controller.go', 'c.Log.Info("Removing model folder", "storageKey", storageKey)'],
    ['the id-token of a transaction record', 'saleor/payment/tasks.py', 'logger.warning("Transaction %s not found", transaction_item.token)'],
    ['the id-token of a checkout record', 'saleor/plugins/avatax/plugin.py', 'logger.info("Checkout %s", checkout_info.checkout.token)'],
    ['storage key field', 'pkg/controller.go', 'c.Log.Info("Injecting storage spec credentials", "storageKey", *modelInfo.Storage.StorageKey)'],
    ['shell secret holding a Secret name', 'hack/ca.sh', '[ -z "${secret}" ] && secret=kserve-webhook-server-cert\necho secret: "${secret}"'],
    ['shell secret name exported', 'hack/ca.sh', 'export SECRET=webhook-server-tls.v2\necho "$SECRET"'],
    // Where strings never expand `$name`, it is text: help shown to the developer, not a value.
    ['$NAME as text in a TS template literal', 'src/dev/dev-data.ts', "log.warn(`token not set\\n\\t export TEST_TOKEN='{\"value\": $GITHUB_TOKEN}'`);"],
    ['$NAME as text in a Java string', 'A.java', 'LOGGER.info("set it with: export API_TOKEN=$API_TOKEN");'],
    ['$NAME as text in a Python string', 'app/a.py', 'print("run: export DB_PASSWORD=$DB_PASSWORD first")'],
    // A command built in a string (git's credential helper answers git on stdout): no log call runs here.
    ['echo inside a Go string', 'pkg/git/git.go', 'args = append(args, "-c", "credential.helper=/bin/sh -c \\"echo username=$GIT_USER; echo password=$GIT_PASSWORD\\"")'],
    ['print without parentheses in a TS comment-free line', 'src/a.ts', 'const help = "then print token to the console";'],
  ];
  it.each(negatives)('%s', (_name, path, text) => {
    expect(logs(text, path)).toEqual([]);
  });

  it('one finding per variable and line', () => {
    expect(logs('print(api_key, api_key)', 'a.py')).toHaveLength(1);
  });

  it('follows the taint of a provider token assigned in the file', () => {
    const text = `CONN = "postgres://app:${fake(ALNUM, 16, 'log-1')}@db.internal/app"\nprint("db:", CONN)`;
    expect(logs(text, 'a.py')).toHaveLength(1);
  });
});
