import { createHash, createHmac } from 'node:crypto';

// Values that look like a credential's slot but are not a credential: placeholders, documentation
// examples, masked values, template expressions and references to a secret stored elsewhere.

const PLACEHOLDER_WORDS = new Set([
  '', '-', '--', 'n/a', 'na', 'none', 'null', 'nil', 'undefined', 'true', 'false', 'yes', 'no', 'on', 'off',
  'changeme', 'change_me', 'change-me', 'changeit', 'change_it', 'replaceme', 'replace_me', 'replace-me',
  'todo', 'tbd', 'fixme', 'secret', 'secrets', 'password', 'passwd', 'pass', 'pwd', 'token', 'apikey', 'api_key',
  'api-key', 'key', 'value', 'default', 'empty', 'redacted', 'hidden', 'masked', 'removed', 'example', 'sample',
  'dummy', 'test', 'testing', 'tests', 'fake', 'mock', 'placeholder', 'demo', 'foo', 'bar', 'foobar', 'baz', 'qux',
  'string', 'str', 'text', 'int', 'integer', 'number', 'bool', 'boolean', 'any', 'object', 'required', 'optional',
  'secure', 'securestring', 'credentials', 'credential', 'auth', 'bearer', 'basic', 'admin', 'root', 'guest',
  'user', 'username', 'postgres', 'mysql', 'sa', 'notasecret', 'not-a-secret', 'not_a_secret', 'unset', 'tmp',
  'temp', 'abc', 'abc123', 'abcdef', '123456', '12345678', 'qwerty', 'letmein', 'xyz', 'random', 'generated',
  'set-me', 'setme', 'set_me', 'env', 'vault', 'sops', 'kms', 'ssm', 'keyvault', 'secretsmanager', 'null-key',
  // Enum-like settings of a `credentials` or `auth` option: fetch's `credentials: 'same-origin'`.
  'same-origin', 'include', 'omit', 'strict', 'lax', 'preferred', 'disabled', 'enabled', 'inherit',
]);

const PLACEHOLDER_FRAGMENT = new RegExp(
  [
    'xxxx', '\\*\\*\\*', '####', '\\.\\.\\.', '\u2026', '\u2022\u2022', 'example', 'placeholder', 'changeme', 'change[_-]me',
    'changeit', 'replace[_-]?(?:me|with|this)', 'dummy', 'fake', 'redacted', 'not[_-]?a[_-]?real', 'notreal',
    'not[ _-]my[ _-]real', '(?:^|[^a-z])anonymous(?:[^a-z]|$)',
    'not[_-]?real', 'your[_\\s-]?(?:own[_\\s-]?)?(?:api|key|token|secret|pass|pwd|access|app|client|account|org|project|personal|bot|webhook|auth|private|db|database|user|service|signing|master|connection|storage|sas|sid)',
    '(?:^|[^a-z])(?:insert|enter|put|paste|add)[_\\s-](?:your|the|a|key|token|secret|api|password|here)',
    '(?:^|[_\\s.-])here$', '^(?:my|some|the)[_-]?(?:secret|password|token|api[_-]?key|key)$',
  ].join('|'),
  'i',
);

/**
 * Template and reference syntax: the real value is injected from elsewhere. Only well-formed
 * expressions count (`${DB_PASS}`, `${VAR:-x}`, `${{ secrets.X }}`, `{{ .Values.key }}`, `#{x}`,
 * `<%= x %>`, `$(cmd)`, `{% x %}`, `[[x]]`): a random value that happens to contain `${` or `{{`
 * is still a literal.
 */
const TEMPLATE_FRAGMENT = new RegExp(
  [
    '\\$\\{\\{?[ \\t]*[A-Za-z_][\\w.-]*(?:[:?=+/#%-][^{}]{0,200})?[ \\t]*\\}\\}?',
    '\\{\\{[^{}]{1,300}\\}\\}',
    '[#%]\\{[A-Za-z_][^{}]{0,200}\\}',
    '<%[^%]{0,300}%>',
    '\\$\\([^()]{1,300}\\)',
    '\\{%[^%]{0,300}%\\}',
    '\\[\\[[^[\\]]{1,200}\\]\\]',
  ].join('|'),
);

const WRAPPED = /^(?:<[^<>]*>|\[[^[\]]*\]|\{[^{}]*\}|%[A-Za-z_][\w.-]*%|@[A-Za-z_][\w.-]*@|__[A-Za-z_][\w]*__|\$[A-Za-z_{][\w.{}:-]*|\$\d+)$/;

const INDIRECTION_PREFIX = new RegExp(
  '^(?:' +
    [
      'process\\.env', 'import\\.meta\\.env', 'os\\.environ', 'os\\.getenv', 'getenv\\s*\\(', 'System\\.getenv',
      'Environment\\.GetEnvironmentVariable', 'ENV\\s*\\[', 'ENV\\.fetch', 'env\\s*\\(', 'env\\.', 'Deno\\.env',
      'std::env', 'secrets\\.', 'vars\\.', 'settings\\.', 'config\\.', '\\$env:', '%env', 'valueFrom',
      '@Microsoft\\.KeyVault\\(', '!(?:Ref|Sub|GetAtt|ImportValue|vault|secret|env|Join|Select|FindInMap)\\b',
      'ENC\\[', 'enc:', 'vault:', 'ref\\+', 'awssm:', 'azkv:', 'sm://', 'gsm://', 'op://', 'bws://', 'secret://',
      'secrets://', 'keyvault:', 'ssm:', 'kms:', 'sops:', 'env:', 'file:', 'arn:aws[\\w-]*:', 'projects/[^/]+/secrets/',
      'AGE-ENCRYPTION', '-----BEGIN AGE ENCRYPTED', 'AQICAH', 'Ag[A-D][A-Za-z0-9+/]{200}',
      // Helm values and built-in objects (`.Values.auth.password`), also quoted in scripts that write charts.
      '\\$?\\.(?:Values|Release|Chart|Capabilities|Files)\\.',
      // A cloud KMS key or secret resource name: it names where the key lives.
      'projects/[^/]+/(?:locations|secrets|topics|keyRings)/',
    ].join('|') +
    ')',
  'i',
);

const REFERENCE_FRAGMENT = /secretKeyRef|secret_key_ref|keyvaultref|KeyVault\(SecretUri|\/secrets\/[^/]+\/versions\//i;

/** Share of the value covered by runs of three or more consecutive characters (`abc`, `123`, `xyz`). */
function sequentialCoverage(value: string): number {
  let covered = 0;
  let run = 1;
  for (let i = 1; i <= value.length; i++) {
    if (i < value.length && value.charCodeAt(i) === value.charCodeAt(i - 1) + 1) run++;
    else {
      if (run >= 3) covered += run;
      run = 1;
    }
  }
  return value.length === 0 ? 0 : covered / value.length;
}

/** Length of the longest run of consecutive characters, ascending or descending (`abcdef`, `987654`). */
function longestSequentialRun(value: string): number {
  let longest = 1;
  let up = 1;
  let down = 1;
  for (let i = 1; i < value.length; i++) {
    const step = value.charCodeAt(i) - value.charCodeAt(i - 1);
    up = step === 1 ? up + 1 : 1;
    down = step === -1 ? down + 1 : 1;
    longest = Math.max(longest, up, down);
  }
  return value.length === 0 ? 0 : longest;
}

/** Share of the value in runs of eight or more of the same character (`aaaaaaaa`, `11111111`). */
function repeatedCoverage(value: string): number {
  let covered = 0;
  let run = 1;
  for (let i = 1; i <= value.length; i++) {
    if (i < value.length && value.charCodeAt(i) === value.charCodeAt(i - 1)) run++;
    else {
      if (run >= 8) covered += run;
      run = 1;
    }
  }
  return value.length === 0 ? 0 : covered / value.length;
}

/**
 * Letters and digits typed in turn, each counting up: `a1b2c3d4e5f6a7b8`, `1a2b3c4d5e6f`. The
 * letters alone and the digits alone are sequences, which a random value's never are.
 */
function interleavedSequences(value: string): boolean {
  const letters = value.replace(/[^A-Za-z]/g, '').toLowerCase();
  const digits = value.replace(/[^0-9]/g, '');
  return letters.length >= 4 && digits.length >= 4 && sequentialCoverage(letters) >= 0.6 && sequentialCoverage(digits) >= 0.6;
}

/**
 * Base64 of readable example text, as documentation writes Basic credentials:
 * `aXNhYWNzOm5vdCBteSByZWFsIHBhc3N3b3Jk` is `isaacs:not my real password`.
 */
function base64OfPlaceholder(value: string): boolean {
  // Short padded values too: `dGVzdA==` is `test`, `YWRtaW4=` is `admin`.
  if (value.length < (value.endsWith('=') ? 8 : 12) || value.length > 200 || value.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return false;
  const decoded = Buffer.from(value, 'base64').toString('latin1');
  if (!/^[\x20-\x7e]+$/.test(decoded)) return false;
  return PLACEHOLDER_FRAGMENT.test(decoded) || PLACEHOLDER_WORDS.has(decoded.toLowerCase()) || /^(?:user(?:name)?|admin|test|foo):(?:pass(?:word)?|admin|test|secret|bar)$/i.test(decoded);
}

/**
 * Typed by hand, not generated: counting sequences or one character repeated. Such a value is
 * reported as an example (see scan.ts), not dropped: a weak key someone typed is still a key.
 */
export function looksTyped(raw: string): boolean {
  const value = raw.trim();
  if (value.length >= 6 && sequentialCoverage(value.toLowerCase()) >= 0.6) return true; // abc123xyz456
  // Six characters counting up or down (`...abcdef...`, `...123456`, `ZYXWVU`), or letters and digits
  // counting up in turn (`a1b2c3d4...`). A random token of a hundred characters holds neither but
  // once in millions; long encoded blobs (keystores, certificates) may, so these count only in
  // values of token length.
  if (value.length >= 8 && value.length <= 200 && longestSequentialRun(value) >= 6) return true;
  if (value.length >= 8 && value.length <= 200 && interleavedSequences(value)) return true;
  // Mostly one character repeated (`AIzaaaaaaaaaaaaaaaaa...`, `glc_111111111111...`). Runs that are
  // part of a format (Twitter bearer tokens open with twenty-odd `A`s, Azure DevOps PATs hold a
  // dozen) stay well under half the token.
  return value.length <= 200 && repeatedCoverage(value) >= 0.5;
}

export function isPlaceholderValue(raw: string): boolean {
  const value = raw.trim();
  const lower = value.toLowerCase();
  if (PLACEHOLDER_WORDS.has(lower)) return true;
  if (base64OfPlaceholder(value)) return true;
  if (value.length > 0 && /^(.)\1*$/.test(value)) return true;
  if (/^[x*#.\u2022_\s0-]+$/i.test(value)) return true;
  // Padded to length with zeros or x (`ghp_PersonalAccessToken01245678900000000`): made up.
  if (value.length <= 100 && /(?:0{6,}|x{6,}|X{6,})$/.test(value)) return true;
  // Zero sixteen times in a row (`000000000000000000000000000000000000000000aa`): typed, not generated.
  if (value.length <= 100 && /0{16}/.test(value)) return true;
  if (WRAPPED.test(value)) return true;
  // A format directive stands for the value: `%s`, `%v`, `%(password)s`, `{0}`, `{}`.
  if (/%[-+ #0]*\d*(?:\.\d+)?[sdvqx](?![A-Za-z0-9])|%\([A-Za-z_]\w*\)s|\{\d?\}/.test(value) && value.length <= 64) return true;
  // Documentation keys and their SAMPLE/TEST variants (`...7EXAMPLE`, `...SAMPLEKEY`, `...TESTKEY`).
  if (value.length >= 16 && /[A-Z0-9/+](?:EXAMPLE|SAMPLE|TEST)(?:KEY|SECRET|TOKEN)?$/.test(value)) return true;
  return PLACEHOLDER_FRAGMENT.test(value);
}

/** Template expressions and references to a secret store or the environment. */
export function isIndirection(raw: string): boolean {
  const value = raw.trim();
  return TEMPLATE_FRAGMENT.test(value) || INDIRECTION_PREFIX.test(value) || REFERENCE_FRAGMENT.test(value);
}

/** A value that is a file path, URL without credentials or file name rather than a credential. */
export function looksLikePathOrUrl(value: string): boolean {
  if (/^(?:\/|\.{1,2}\/|~\/|[A-Za-z]:[\\/]|\\\\)/.test(value)) return true;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return true;
  // A path glob (`apis/externalsecrets/v1/**`, `**/*_test.go`): no key alphabet has a `*`.
  if (/(?:^|\/)\*\*(?:\/|$)|\/\*$/.test(value)) return true;
  return /\.(?:pem|key|crt|cer|der|p12|pfx|jks|keystore|json|ya?ml|txt|env|gpg|asc|pub|ini|conf|cfg|properties|toml|xml|enc|age|[ch]|cc|cpp|hpp|o|obj|exe|dll|so|dylib|a|lib|py|js|ts|go|rs|rb|java|sh|md|html?|css)$/i.test(
    value,
  );
}

/**
 * A relative path rather than a key. A Vault path: lower-case parts, three or more, with a `-`, `_`
 * or `.` among them (`secret/ci/app/github-token`; a final `'` splicing a shell variable in, as in
 * `"secret/ci/release-'"$GH_USER"'"`, is not part of it). Or a file's path: `dir/sub/name.ext`, the
 * last part with an extension of letters and a `.`, `-` or `_` before it, or a well-known file
 * without one (`Dockerfile`, `Makefile`). Base64 with `/` mixes cases and has no `.`, `-` or `_`;
 * base64url has no `/`.
 */
export function looksLikeRelativePath(value: string): boolean {
  if (/^[a-z0-9][a-z0-9._@-]*(?:\/[a-z0-9][a-z0-9._@-]*){2,}\/?'?$/.test(value) && /[-_.]/.test(value)) return true;
  if (!/^[\w.+@-]+(?:\/[\w.+@-]+)+$/.test(value)) return false;
  if (/\/(?:Dockerfile|Containerfile|Makefile|Jenkinsfile|Vagrantfile|Procfile|Gemfile|Rakefile|Tiltfile|OWNERS|LICENSE)$/.test(value)) return true;
  return /\.[A-Za-z][A-Za-z0-9]{0,9}$/.test(value) && /[._-]/.test(value.slice(0, value.lastIndexOf('.')));
}

/**
 * Publicly documented credentials that grant nothing, stored as SHA-256 hashes so the repository
 * does not contain them: emulator keys, documentation example keys, and the example tokens of the
 * OAuth, OpenID and JWT specifications, which libraries quote in their docs and tests. To add one:
 * `node -e "console.log(require('crypto').createHash('sha256').update(process.argv[1]).digest('hex'))" VALUE`.
 */
const PUBLIC_VALUE_HASHES = new Set([
  '0011cc25eb4320717494d2703e8cba85743e71b500283c21c8b88147992f9059', // Azurite account key
  'aa6547439583c3a275d4542a0df6c1ad6a863971be9f2a2220f027cc02aef615', // Azure Cosmos DB emulator key
  // Grafana's documented default `secret_key` (conf/defaults.ini), which charts copy into grafana.ini
  'f3c3964ca854e172366f81d8bdb327da487c2f8a15f954b116e28961dd6585c0',
  // AWS documentation: access key ids and secret keys of the IAM and STS examples, and a variant
  '1a5d44a2dca19669d72edf4c4f1c27c4c1ca4b4408fbb17f6ce4ad452d78ddb3',
  '78314b11be2e581549ac1c4f616563fad3fdf0c3b71678f6e2299182080e0598',
  'c6ea27c534f993d31f0aef882e3d200e7b87470c379ae79c8f9b19d3bd363dc9',
  'e21b597ba6b9cafa59d9ebc4d65c0385f5eb3fa56abab2607fa76589ad849a33',
  'cb20d34a7adda2f5d2043836051e242fd4c2b233e02c80c91fe9d5af9b100574',
  '647f7143af14706273d54740603644de5cb9abb42a76b7a0d32a48c9261860c5',
  // jwt.io's example token and RFC 7519's example JWT
  '7f75367e7881255134e1375e723d1dea8ad5f6a4fdb79d938df1f1754a830606',
  '8d4ef6536dc8895f256c1e0d95dcd19763036732d64a095e44a90ed444267ad3',
  // Dex's documented static-password example: the bcrypt hash of "password"
  'd4ccb372e00f0cc3e664a6399119c7640d572108436a77215776c9ff3d1b5638',
  // RFC 6749: access and refresh tokens, client credentials (and their Basic header), code, MAC key id
  '6c96130f130ab0d6d158397e24d2bcc1c9a5e73ae081f6e983f1c7b545d24a4c',
  '00cf4c781dc37003f7c7dd7d4c9a6ef1e0f4c62d9a291aa8bc398774e3fefd32',
  'ca7459e2b26776de081b9a07e40227fd6cff232a1e3233ff6b6aa6d036ca9981',
  '53f5da0aaa93d64cd5772c554cbf940f0539e689dddbeb8f923eec3f72c02ea9',
  'a35b81a7d7927b70ec99270dd2362b88580a28574af812f2c02f56469579186f',
  'a71b359a87afde133e6d9731de69f8823d62b012072d43749f5dc976505403f5',
  // RFC 6750 bearer token; OpenID Connect Core access and refresh tokens
  'b8e148545b13c78bc74da2f1a7275dd71e56ddece129d7d2f7b3ecc06f7994da',
  'ad71fb4165536675d80a8bbfe957697e4b9e17b35d5500406abc219705337107',
  '9e309cccd311ea64d04133daf7760f71f38a566db7aa98b71e043ede9325680f',
  // RFC 5849 (OAuth 1.0): consumer key, token, consumer secret, token secret
  '8d567eb88afff34f31ab97fbb2731e582703bdeaf3c92b989cf568e0b23cef31',
  '9d03b692e941d5ace207a9f8048834439f6de98e5c6c1590c22c4f4577c88a42',
  'cb87c87e4a138d9a72259d2a01bab15623c9846e568c1509b287721645a6ea53',
  '649e1f5c769e718ba10d1a702a36499a731441d960b06da91c4c97786bf84595',
  // Firebase Android SDK example API keys (firebase/firebase-android-sdk), as gitleaks lists them
  'f56e323494a6ffc2064e7a955908957d84f0755e5f975dabd64328d0359a8f7c',
  '2037abcaffb2b77785da716cf7ccff4ff4d00c4ea930db0167b7d71f50af7eb4',
  '3f370c9dd8225c63b5c77de1f785edc9712958f18bb612d5fa2e0ae33aeca682',
  'e4a5542bb7fd7b67e943c71ad29c34b5972c9840597e7eda53e666f44d5da0b9',
  'a19f89ab3555eac10c40741f6df79ecf0935998f15569f8db9d67bce0181fff6',
  '0b476bdf9acf2123d547b5ae76f1e59884d8ec9553ee0c47e9f31fd4768f3f3c',
  'eb540d2b6ee2a0a47c5779bc8a0141784c6b753840d4c6f4e2428a6e86e9e0b1',
  '37f8f09bdf12c2f2eae4ead7273a62ddb0c23459cbf902892f282b57f7ed6619',
  '8731261cb72d86267a32a532ebd3df429e2144e5e4ced7e13568bc9e6c8fb1b1',
  '49f777db995e8260da7ca9ffdf0c08d66f0453e97ec967018baf2cdfe3b582d0',
  '27a9a42931dff7eb2f8434e20a9bce976ea364e7bee49187f19d5cfeca9c7045',
  'dc0fcf046c61640cbd1e8b999ada3262d722c2ca4bf42dceac999020ffdbb614',
  '4c98242dcadc8b29005c6b4aad526552d5ea1842149154c0694adeec75847583',
  'ea9bb1082cf95663f5faca23b8b15ef2aa0fce0a5c6df9c32dcb85b2e0a4513d',
  '3a8b61d0f636b007840c0d40ba12bcf48465dc054cdc1a68704a33521d84b665',
  'a6c814bc555ae62c7bd8b58ec07bf559c7ed3a009976a1e0acc9cef0d4473b41',
  // Telegram's documented example bot token ("Bots: An introduction for developers")
  '6f3791a57f1d6dd805f185c6c500c6b4db61f5d2f2f5a86018877b67ef9c55cd',
  // The Kubernetes documentation's example Secret (admin / 1f2d1e2e67df): the base64 and the value
  'a7b580d711ef2807c7f11d881a1e7ff8a68c7e7d4e7c14e217bc9c522e3678ba',
  '13fe7a38a57c46053ee3a4716358619ff37ebc5674976f1a09fc189be5a3e5dd',
  // NuGet documentation sample ClearTextPassword values; Yarn Berry public value (yarnpkg/berry#6201)
  'dba72c00f41f4e4c435e2491a5e1ce0140c7b5a6a498dc4847396b5e6368970c',
  'a0702bc91d699f600970f4dc4992b13ede1a29d49fa0942dd4bed2b5e4b1016e',
  '2f21fd9c81678e396751af8b2472e2bd209ff5ce38da144052fb6c024485982f',
  // dotenv-vault's documented DOTENV_KEY example (dotenv://:key_1234@dotenv.org/vault/.env.vault), quoted by dotenv and Yarn
  '51fb552dfad78676159fda207c7c6708bc7c788416c869eeb0b80fa7f0d4a0d9',
]);

/**
 * The secrets jwt.io has prefilled for HMAC tokens over the years; a token signed with one of them
 * is jwt.io's example (or a copy edited there), which documentation and tests quote everywhere.
 * Published, so not a secret; listed in the clear because the check computes HMACs with them.
 */
const EXAMPLE_JWT_SECRETS = ['your-256-bit-secret', 'your-384-bit-secret', 'your-512-bit-secret', 'a-string-secret-at-least-256-bits-long'];

const HMAC_ALGORITHMS: Record<string, string> = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' };

/** A JWT whose HMAC signature verifies with one of jwt.io's example secrets. */
function signedWithExampleSecret(token: string): boolean {
  if (!token.startsWith('eyJ') || token.length > 8000) return false;
  const parts = token.split('.');
  if (parts.length !== 3 || !parts[2]) return false;
  let alg: unknown;
  try {
    alg = (JSON.parse(Buffer.from(parts[0] as string, 'base64url').toString('utf8')) as { alg?: unknown }).alg;
  } catch {
    return false;
  }
  const hash = typeof alg === 'string' ? HMAC_ALGORITHMS[alg] : undefined;
  if (!hash) return false;
  const signed = `${parts[0]}.${parts[1]}`;
  return EXAMPLE_JWT_SECRETS.some((secret) => createHmac(hash, secret).update(signed).digest('base64url') === parts[2]);
}

export function isKnownPublicValue(value: string): boolean {
  if (value.length < 8 || value.length > 8000) return false;
  if (signedWithExampleSecret(value)) return true;
  if (value.length > 400) return false;
  return PUBLIC_VALUE_HASHES.has(createHash('sha256').update(value).digest('hex'));
}

export function isPlaceholderOrReference(value: string): boolean {
  return isPlaceholderValue(value) || isIndirection(value) || isKnownPublicValue(value);
}
