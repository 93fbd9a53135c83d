// The generic rule: a literal assigned to a secret-named identifier, in any of the usual syntaxes
// (`NAME = "v"`, `name: v`, `"name": "v"`, `name := "v"`, `'name' => 'v'`, `export NAME=v`, `name="v"`,
// make's `NAME ?= v` / `::=`, PHP's `$name .= "v"`, XML's `<name>v</name>`).
import { isBlank, skipBlanks } from './char-class.js';
import { shannonEntropy } from './entropy.js';
import { isCodeFile, singleQuoteIsCharacter, skipGenericFor } from './files.js';
import { identifierWords, isSecretDataKeyName, isSecretObjectName, isSecretObjectReference, secretNameStrength, type NameStrength } from './names.js';
import { isPlaceholderOrReference, looksLikePathOrUrl, looksLikeRelativePath, looksTyped } from './placeholders.js';
import { insideTemplateAction, lineBounds } from './lines.js';
import { defineRule, type ExtractContext, type ExtractedSecret, type SecretRule } from './rule.js';

/** Lines longer than this are minified bundles or data; the generic rule skips them. */
export const MAX_GENERIC_LINE = 5000;

/**
 * A secret word, the rest of the identifier, a C array's `[]`, closing quotes, an optional Go-style
 * `string` type and an operator character. The pattern starts at the word, so a search never backtracks over a long
 * identifier; the exact operator, other types and the value are parsed in code.
 */
const CANDIDATE = /(?:pass|pwd|secret|token|key|credential|creds|auth|salt)[\w.-]{0,40}(?:>|(?:\[[0-9]{0,4}\])?["'`\]]{0,2}(?:[ \t]{1,5}string)?[ \t]{0,10}(?:[.?]=|[:=,]))/i;

const NAME_CHAR = /[A-Za-z0-9_.$@-]/;
const YAML_FILE = /\.ya?ml$/i;

/**
 * What CANDIDATE needs after its keyword, checked without the regex engine: identifier characters,
 * at most two closing quotes or a bracket, blanks, then `>`, an operator character or a type word.
 */
function candidatePrecheck(text: string, at: number): boolean {
  const end = Math.min(text.length, at + 64);
  let i = at;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    // A-Z a-z 0-9 _ . -
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45)) break;
  }
  // A C array's brackets: `char api_key[] = "..."`, `password[16] = ...`.
  if (text.charCodeAt(i) === 91) {
    let j = i + 1;
    while (j < i + 5 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
    if (text.charCodeAt(j) === 93) i = j + 1;
  }
  for (let q = 0; q < 2 && i < end; q++, i++) {
    const c = text.charCodeAt(i);
    if (c !== 34 && c !== 39 && c !== 96 && c !== 93) break; // " ' ` ]
  }
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  const c = text.charCodeAt(i);
  // > : = , . ? or the `s` of a Go-style `string` type
  return c === 62 || c === 58 || c === 61 || c === 44 || c === 46 || c === 63 || c === 115;
}
const TYPE_KEYWORDS = new Set(['and', 'or', 'not', 'in', 'is', 'if', 'else', 'then', 'for', 'return', 'as', 'to', 'of', 'with']);
const PASSWORD_WORDS = new Set(['password', 'passwords', 'passwd', 'pass', 'pwd', 'passphrase', 'passcode']);

/** Words that make up labels and field names rather than credentials. */
const LABEL_VOCAB = new Set([
  'password', 'passwd', 'pass', 'pwd', 'secret', 'secrets', 'token', 'tokens', 'key', 'keys', 'api', 'apikey', 'new',
  'old', 'current', 'confirm', 'confirmation', 'reset', 'field', 'input', 'label', 'name', 'user', 'username',
  'login', 'auth', 'access', 'refresh', 'id', 'type', 'header', 'bearer', 'basic', 'client', 'value', 'my', 'your',
  'the', 'here', 'enter', 'forgot', 'change', 'show', 'hide', 'private', 'public', 'credential', 'credentials',
  'text', 'form', 'placeholder', 'required', 'invalid', 'repeat', 'verify', 'hint', 'error', 'db', 'database',
  'admin', 'account', 'session', 'cookie', 'oauth', 'jwt', 'app', 'application', 'service', 'default', 'env',
  'config', 'settings', 'secure', 'encrypted', 'hash', 'hashed', 'autocomplete', 'off', 'on', 'none', 'str',
  'personal',
]);

interface ParsedValue {
  value: string;
  start: number;
  end: number;
  /** Came from an `Authorization: Bearer/Basic ...` value: a credential whatever the name says. */
  scheme?: boolean;
}

/** A token of 16 or more characters between blanks, the whole of a quoted value. */
const PADDED_TOKEN = /^[ \t]*([A-Za-z0-9+/=_.-]{16,})[ \t]*$/;

const AUTH_SCHEME = /^(?:Bearer|Basic|Token|Bot)[ \t]+([A-Za-z0-9._~+/=-]{8,})/i;

/** The literal right-hand side starting at `pos`, if it is one. */
function parseValue(text: string, pos: number, lineEnd: number, code: boolean): ParsedValue | undefined {
  let i = skipBlanks(text, pos, lineEnd);
  if (i >= lineEnd) return undefined;

  // An authorization header value: `Authorization: Bearer <token>` (also inside a quoted curl header).
  const scheme = AUTH_SCHEME.exec(text.slice(i, Math.min(lineEnd, i + 1200)));
  if (scheme) {
    const token = (scheme[1] as string).replace(/["'`,;)]+$/, '');
    const start = i + (scheme[0] as string).length - (scheme[1] as string).length;
    return { value: token, start, end: start + token.length, scheme: true };
  }

  let c = text[i] as string;
  let interpolated = false;
  const next = text[i + 1];
  if (/[rRbBuUfF@$]/.test(c) && next !== undefined && (next === '"' || next === "'" || next === '`')) {
    interpolated = c === 'f' || c === 'F' || c === '$';
    i++;
    c = next;
  }
  if (c === '"' || c === "'" || c === '`') {
    if (text.startsWith(c + c + c, i)) return undefined; // docstrings and multi-line strings
    let j = i + 1;
    while (j < lineEnd) {
      const ch = text[j];
      if (ch === '\\') {
        j += 2;
        continue;
      }
      if (ch === c) break;
      j++;
    }
    if (j >= lineEnd) return undefined;
    const value = text.slice(i + 1, j);
    if (interpolated && value.includes('{')) return undefined;
    const next = text[skipBlanks(text, j + 1, lineEnd)];
    if (code && (next === '|' || next === '&' || next === '+')) return undefined; // a union type or an expression
    const inner = AUTH_SCHEME.exec(value);
    if (inner) {
      const token = inner[1] as string;
      const start = i + 1 + (inner[0] as string).length - token.length;
      return { value: token, start, end: start + token.length, scheme: true };
    }
    return { value, start: i + 1, end: j + 1 };
  }
  if (code) return envFallback(text, i, lineEnd); // an expression, not a literal, but for an env lookup's fallback
  // A bare value (YAML, .env, INI, properties, shell): the rest of the line, bar a trailing comment.
  let j = i;
  while (j < lineEnd) {
    const ch = text.charCodeAt(j);
    // whitespace " ' ` , ) } ] end the value; `;` too when a statement ends there (`A=1; B=2`),
    // not inside a value (`pwd=;T9x@d?;a`).
    if (ch === 32 || ch === 9 || ch === 34 || ch === 39 || ch === 96 || ch === 44 || ch === 41 || ch === 125 || ch === 93) break;
    if (ch === 59 && (j + 1 >= lineEnd || text.charCodeAt(j + 1) === 32 || text.charCodeAt(j + 1) === 9)) break;
    // ... and before the next `Key=` of a connection string (`InstrumentationKey=...;IngestionEndpoint=https://...`).
    if (ch === 59 && /^[A-Za-z][\w ]{0,40}=/.test(text.slice(j + 1, j + 43))) break;
    j++;
  }
  if (j === i) return undefined;
  if (text.startsWith('{{', i)) {
    // `{{ .Values.key }}` is a template; anything else opened with `{{` is a literal to the next
    // blank. The `}}` is searched within the line only: an unclosed `{{` must not cost a search
    // to the end of the file.
    const inner = text.slice(i + 2, lineEnd);
    const close = inner.indexOf('}}');
    if (close !== -1 && !/[{}]/.test(inner.slice(0, close))) return undefined;
    j = i;
    while (j < lineEnd && text.charCodeAt(j) !== 32 && text.charCodeAt(j) !== 9) j++;
    while (j > i && (text[j - 1] === ';' || text[j - 1] === ',')) j--;
  } else {
    // Structured or marked-up values: `{KeyObject}`, `[a, b]`, `<string>`, `true</code>`.
    if (/^[{[(<]/.test(text[i] as string) || text.slice(i, j).includes('</')) return undefined;
    if (/^[A-Za-z_$][\w.$]*[([]/.test(text.slice(i, j))) return undefined; // a call or an index: `auth = createTokenAuth(...)`, `pw = req.body['pw']`
  }
  const rest = text.slice(skipBlanks(text, j, lineEnd), lineEnd);
  // Prose goes on with words; a command line goes on with a flag, a URL, a line continuation or a pipe.
  if (rest.length > 0 && !/^(?:#|\/\/|;|,|\}|\]|\)|"|'|<!--|\\$|-{1,2}[A-Za-z]|https?:\/\/|&&|\|)/.test(rest)) return undefined;
  return { value: text.slice(i, j), start: i, end: j };
}

/**
 * `process.env.API_KEY || "..."`, `import.meta.env.VITE_TOKEN ?? "..."`: the literal is used
 * whenever the variable is unset, so it is hardcoded as surely as an assignment.
 */
const ENV_FALLBACK = /^(?:process\.env(?:\.[A-Za-z_]\w*|\[["'][A-Za-z_]\w*["']\])|import\.meta\.env\.[A-Za-z_]\w*|Deno\.env\.get\(["'][A-Za-z_]\w*["']\))[ \t]*(?:\|\||\?\?)[ \t]*/;

function envFallback(text: string, i: number, lineEnd: number): ParsedValue | undefined {
  const m = ENV_FALLBACK.exec(text.slice(i, Math.min(lineEnd, i + 200)));
  if (!m || !/["'`]/.test(text[i + (m[0] as string).length] ?? '')) return undefined;
  const parsed = parseValue(text, i + (m[0] as string).length, lineEnd, true);
  return parsed && !parsed.scheme ? parsed : undefined;
}

/**
 * A call whose first two arguments are a key and its value: `define('DB_PASSWORD', '...')`, or a
 * key and the default used when it is unset: `os.environ.get('SECRET_KEY', '...')`,
 * `os.getenv("DB_PASSWORD", "...")`, `ENV.fetch("API_TOKEN", "...")`, `getProperty("db.password", "...")`.
 */
const KEY_VALUE_CALL = /\b(?:define|setProperty|setenv|putenv|Setenv|set|put|setItem|setdefault|add|Set|Add|Put|get|getenv|Getenv|fetch|getProperty|GetEnvironmentVariable)[ \t]*\([ \t]*["'`]$/;

/**
 * A name made of words rather than random characters: two or more words, letters only, 3.5 letters
 * a word on average (`HTTPPasswordMgrWithDefaultRealm`, `copy_context`, `Proxy-Authorization`).
 * Random mixed-case tokens split into many short pieces and usually carry digits.
 */
export function looksLikeIdentifier(value: string): boolean {
  if (!/^[A-Za-z][A-Za-z_.-]*$/.test(value)) return false;
  const words = identifierWords(value);
  return words.length >= 2 && words.join('').length / words.length >= 3.5;
}

/** Dotted class or module names in a list: `java.base/java.lang.Enum;java.base/java.security.KeyRep;`. */
function isClassList(value: string): boolean {
  const parts = value.split(/[/;,\\]+/).filter(Boolean);
  return parts.length >= 2 && parts.every((p) => /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$*][\w$]*)+$/.test(p));
}

/** How many of lower case, upper case, digits and other characters a value uses. */
export function charClasses(value: string): number {
  return (/[a-z]/.test(value) ? 1 : 0) + (/[A-Z]/.test(value) ? 1 : 0) + (/[0-9]/.test(value) ? 1 : 0) + (/[^A-Za-z0-9]/.test(value) ? 1 : 0);
}

function normalize(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function looksLikeRegex(value: string): boolean {
  return /\(\?[=!:<]|\\[dwsbDWS]|\[(?:a-z|A-Z|0-9|\^)|^\^.*\$$/.test(value);
}

/** An ISO-8601 date or date-time (constants such as Go's reference layout are not secrets). */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?(?:Z\d{2}:\d{2})?)?$/;

/** A Kubernetes label or annotation key: a DNS prefix, a slash and a name. */
const LABEL_KEY = /^(?:[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?\.)+[a-z]{2,}\/[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;

/**
 * Symbols no generated API key or token uses: hex, base32/58/62/64, base64url, JWTs and the
 * `id:secret` or `prefix_`/`prefix.` forms use letters, digits and `+/=._~:-` (some providers add
 * `%` of URL encoding or brackets). gitleaks' generic rule accepts none of these at all.
 */
const NON_TOKEN_CHAR = /[!?$^&*()#@,;<>|]/g;

/**
 * A key or token (not a password) whose value is a generated-looking string of a token alphabet
 * with one to three stray symbols in it: `"2xN7pu...3gSD%c^"`, `'hysqa?25w3...'`, `"...tZB@oCx..."`.
 * No generator makes that (a key or token comes from one alphabet): it is an altered or made-up
 * value. A chosen password with symbols is named as one, or short; a generated secret with symbols
 * (Django's `SECRET_KEY` alphabet has 14 of 50) carries many more of them; a value with a
 * provider's prefix (`sq0csp-`, `sha256~`) is left to be reported.
 */
export function strayTokenSymbols(name: string, value: string): boolean {
  if (value.length < 20 || /^[a-z][a-z0-9]{1,7}[-_~]/.test(value)) return false;
  const stray = value.match(NON_TOKEN_CHAR)?.length ?? 0;
  if (stray === 0 || stray > 3 || stray > value.length * 0.1) return false;
  const rest = value.replace(NON_TOKEN_CHAR, '');
  if (!/^[A-Za-z0-9+/=._~:%[\]{}\\-]+$/.test(rest)) return false;
  if ((/[a-z]/.test(rest) ? 1 : 0) + (/[A-Z]/.test(rest) ? 1 : 0) + (/[0-9]/.test(rest) ? 1 : 0) < 2) return false;
  return !identifierWords(name).some((w) => PASSWORD_WORDS.has(w) || /pass(?:word|wd|phrase|code)?$|pwd$/.test(w));
}

/**
 * A provider's prefix (`sk-`, `sk-lf-`, `duffel_test_`) before a placeholder instead of a body:
 * `invalid`, `abc123`, `1234`, `test`, or a run of them.
 */
function prefixedPlaceholder(value: string): boolean {
  const m = /^[a-z]{2,8}(?:[-_][a-z]{2,8})?[-_](.+)$/.exec(value);
  return !!m && /^(?:(?:abc|xyz|123|1234|12345|123456|invalid|test|fake|dummy|example|sample)[-_]?)+$/.test(m[1] as string);
}

/** A host name under a common public or cluster-internal top-level domain, all lower case. */
const HOST_NAME = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:com|net|org|io|app|dev|cloud|co|ai|us|eu|de|uk|info|biz|me|sh|xyz|local|internal|svc|site|tech)$/;

/** The text a canonical base64 value of 8 to 64 characters encodes, when it is printable ASCII. */
function decodedText(value: string): string | undefined {
  if (value.length < 8 || value.length > 64 || value.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return undefined;
  const text = Buffer.from(value, 'base64').toString('latin1');
  return /^[\x21-\x7e]+$/.test(text) && Buffer.from(text, 'latin1').toString('base64') === value ? text : undefined;
}

/** Whether `value`, assigned to `name`, is a hardcoded secret rather than a placeholder, label or reference. */
export function acceptGenericValue(name: string, strength: NameStrength, quoted: string): boolean {
  // Shell quoting inside a string: `"'$PRECOMPILE_PASSWORD'"` is the variable, not a literal.
  const value = /^(['"]).+\1$/.test(quoted) ? quoted.slice(1, -1) : quoted;
  const n = value.length;
  if (n === 0 || n > 500) return false;
  if (/\s/.test(value)) return false; // labels, prose, lists
  if (isPlaceholderOrReference(value) || looksLikePathOrUrl(value)) return false;
  if (looksLikeRelativePath(value)) return false; // a Vault path `secret/ci/app/github-token`, `dir/name.ext`
  // Base64 of a word judged as the word: a Secret's `password1: Zm9vYmFy` is "foobar".
  const decoded = decodedText(value);
  if (decoded !== undefined && !acceptGenericValue(name, strength, decoded)) return false;
  if (/^[-+]?\d+(?:[.,_]\d+)*$/.test(value) || /^[~^<>=v]{0,3}\d+\.\d+/.test(value)) return false; // numbers, versions
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value)) return false; // an environment variable's name
  if (/^[A-Z][a-z]+$/.test(value) || /^[^\u0000-\u007f]+$/.test(value)) return false; // a (translated) label word
  if (/^\.?[A-Za-z_][A-Za-z_]*\d*(?:\.[A-Za-z_][A-Za-z_]*\d*)+$/.test(value)) return false; // dotted reference, e.g. secrets.github, oauth2.google.serviceAccount, a field path .spec.x.y
  // An HTTP header's name: `X-Amz-Content-Sha256`, `X-Amz-Server-Side-Encryption-Customer-Key-MD5`.
  if (/^X-(?:[A-Z][a-z0-9]*|[A-Z0-9]+)(?:-(?:[A-Z][a-z0-9]*|[A-Z0-9]+))+$/.test(value)) return false;
  if (/^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$/.test(value)) return false; // an e-mail address
  // An anonymous FTP login's password, by convention (RFC 1635) the user's e-mail or `name@`.
  if (/^-?[a-z][a-z.-]*@$/.test(value)) return false;
  if (prefixedPlaceholder(value)) return false; // `sk-abc123invalid`, `duffel_test_abc123`, `spu-1234`
  // An Azure SAS query without its signature (`sv=...&se=...&sr=c`): the permissions and the expiry, no secret.
  if (/^(?:[a-z]{2,6}=[^&=\s]*&)+[a-z]{2,6}=[^&=\s]*$/.test(value) && !/(?:^|&)sig=/.test(value) && /(?:^|&)(?:sv|se|sp|sr)=/.test(value)) return false;
  if (HOST_NAME.test(value)) return false; // a host name: `AUTH0_DOMAIN="tenant.auth0.com"`, `secret = 'x.invoiceocean.com'`
  if (TIMESTAMP.test(value)) return false; // a date or time, e.g. Go's layout `2006-01-02T15:04:05Z`
  if (LABEL_KEY.test(value)) return false; // a Kubernetes label or annotation key: `cert-manager.io/inject-ca-from-secret`
  if (/^\d{4}_[a-z0-9_]+$/.test(value)) return false; // a migration name: `0007_alter_validators_add_error_messages`
  if (isSecretObjectReference(name, value)) return false; // `existingSecret: my-db-secret` names a Secret object
  if (isSecretDataKeyName(name, value)) return false; // `secretKey := "provider"` names a key inside one
  // A word under a name that says "which Secret" (`imagePullSecret: IfNotPresent` in a lint fixture) is no value.
  if (isSecretObjectName(name) && /^[A-Z][a-z]+(?:[A-Z][a-z]+)+$/.test(value)) return false;
  if (looksLikeRegex(value)) return false;
  // A made-up value that names what it stands for: `MYTOKEN1`, `myregistrytoken`, `SuperSecretToken`,
  // `not-secure-database-password`, `my_authentication_password`.
  if (/^[A-Za-z0-9]+$/.test(value) && /token|secret|passw(?:or)?d|apikey/i.test(value.replace(/\d+/g, ''))) return false;
  if (/^[A-Za-z]+\d*(?:[-_.](?:[A-Za-z]+\d*|\d+))+$/.test(value) && !/^(?:sk|pk|rk|ak)[-_]/i.test(value) && identifierWords(value).some((w) => /^(?:token|secret|passw(?:or)?d|apikey|key|pass|pwd|pw)$/.test(w))) return false;
  if (/&(?:#x?[0-9a-f]{1,6}|[a-z]{2,8});/i.test(value)) return false; // HTML-escaped markup, e.g. `&#x3C;string>`
  // An expression: a relation or a member through a pointer (SpiceDB's `organization->installation_admin`, PHP's `$user->password`).
  if (value.includes('->')) return false;
  // Lower-case words joined by `_` or `-` (`open_sesame`, `real_key`, `on_behalf_of`): an
  // identifier, a label or a made-up example, not a chosen or generated secret.
  if (/^[a-z]{2,}(?:[_-][a-z]{2,})+$/.test(value) && /[a-z]{3}/.test(value) && !/^(?:sk|pk|rk|ak)[-_]/.test(value)) return false;
  if (/^\\?\$[A-Za-z_{(]/.test(value)) return false; // a variable: `$entry->{$key}`, `$(cmd)`, escaped `\$_POST[...]`
  if (/^[a-z]+(?:[A-Z][a-z]+)+$/.test(value)) return false; // a camelCase identifier, e.g. an enum member
  if (/^(?:sha(?:1|256|384|512)|md5|hmac|bcrypt|argon2|rs256|hs256|es256|aes|rsa|scram)[\w-]{0,20}$/i.test(value)) return false;
  if (/^[A-Za-z0-9_.-]+(?:\|[A-Za-z0-9_.-]+)+$/.test(value)) return false; // documented choices: `true|false`
  // A type: `'image_pull_secrets': 'list[V1LocalObjectReference]'` in generated OpenAPI models.
  if (/^(?:list|dict|tuple|set|frozenset|type|List|Dict|Tuple|Set|Optional|Union|Sequence|Mapping|Array|Map|Record)\[[\w.,[\] ()]+\]$/.test(value)) return false;
  // A field of a stored secret: `GPG_PASSPHRASE=signing-key:passphrase`, `vault-path/app#password`.
  if (/^[A-Za-z0-9][\w./-]*[:#](?:private[_-]?key|passphrase|password|passwd|token|secret|api[_-]?key|key|credentials?)$/i.test(value)) return false;
  if (isClassList(value)) return false;
  if (strayTokenSymbols(name, value)) return false;
  const nv = normalize(value);
  const nn = normalize(name);
  // `password_field = "password"`, `POSTGRES_PASSWORD=postgres`: the value repeats part of its name (a
  // label or a documented development default), which a chosen secret never does.
  if (nv.length === 0 || nn.endsWith(nv) || nv === nn || (nv.length >= 4 && nn.includes(nv))) return false;
  if (nn.length >= 6 && nv.includes(nn)) return false; // a file or target named after the key: `git-credential-x: git-credential-x.o`
  const words = identifierWords(value);
  // Labels are words and separators (a number at the end at most); symbols (`Pass123!@#`) make a password of them.
  if (words.length > 0 && /^[A-Za-z][A-Za-z _.:-]*[0-9]*$/.test(value) && words.every((w) => LABEL_VOCAB.has(w))) return false;
  const entropy = shannonEntropy(value);
  if (strength === 'strong') {
    const isPassword = identifierWords(name).some((w) => PASSWORD_WORDS.has(w) || w.endsWith('password') || w.endsWith('passwd'));
    if (n < (isPassword ? 6 : 8)) return false;
    // A short value cannot reach much entropy (6 characters at most log2(6) = 2.6 bits), so a
    // short password counts when it mixes character classes and hardly repeats: `WK11rE`.
    if (entropy < 2.5 && n < 24 && !(isPassword && n < 16 && charClasses(value) >= 3 && new Set(value).size >= n - 1)) return false;
    return true;
  }
  // Weak names (auth, *_key, salt): only values that look generated (digits or mixed case, high entropy),
  // not identifiers or header names spelt in words (`AbstractBasicAuthHandler`, `Proxy-Authorization`).
  if (looksLikeIdentifier(value)) return false;
  const alnumClasses = (/[a-z]/.test(value) ? 1 : 0) + (/[A-Z]/.test(value) ? 1 : 0) + (/[0-9]/.test(value) ? 1 : 0);
  // A typed value (`abcd1234abcd1234...`) has little entropy by construction; it is reported as an
  // example. Hex has 16 symbols, so a random 32-character hex key often measures under 3.5 bits.
  const hexKey = n >= 32 && /^(?:[0-9a-f]+|[0-9A-F]+)$/.test(value);
  return n >= 16 && alnumClasses >= 2 && (entropy >= (hexKey ? 3.2 : 3.5) || looksTyped(value));
}

/**
 * A `?token=` in a status-badge URL (codecov graphs, shields.io, `*.svg` badges) is a public
 * read-only graphing token that projects publish in their READMEs by design.
 */
function isBadgeUrl(text: string, lineStart: number, queryAt: number): boolean {
  let start = queryAt;
  while (start > lineStart && !/[\s"'(<\[]/.test(text[start - 1] as string)) start--;
  const url = text.slice(start, queryAt);
  return /^https?:\/\//i.test(url) && /badge|\.svg$|shields\.io|codecov\.io\/.*\/graph\//i.test(url);
}

/**
 * Algolia DocSearch's `apiKey` beside its `appId` and `indexName` (docusaurus.config.js, VitePress
 * and VuePress themes, a Hugo site's `docs_search_api_key`): a search-only key, public by design since every visitor's browser sends it.
 */
function isDocSearchKey(text: string, lineStart: number, lineEnd: number, name: string, value: string): boolean {
  if (!/(?:^|[_.-]|search)api_?key$/i.test(name) || !/^[0-9a-f]{32}$/.test(value)) return false;
  const around = text.slice(Math.max(0, lineStart - 400), Math.min(text.length, lineEnd + 400));
  return /index_?name\b/i.test(around) && /app_?id\b/i.test(around);
}

/**
 * A password equal to the user name set beside it (`POSTGRES_USER: netbox` / `POSTGRES_PASSWORD: netbox`
 * in a CI service, `'USER': 'netbox', 'PASSWORD': 'netbox'` in a test settings file): a development
 * default, as a password that repeats its own name is. Only a plain word, only within three lines.
 */
function passwordIsItsUser(text: string, lineStart: number, lineEnd: number, name: string, value: string): boolean {
  if (!/^[A-Za-z0-9_-]{2,32}$/.test(value) || !identifierWords(name).some((w) => PASSWORD_WORDS.has(w))) return false;
  let from = lineStart;
  for (let k = 0; k < 3 && from > 0; k++) from = text.lastIndexOf('\n', from - 2) + 1;
  let to = lineEnd;
  for (let k = 0; k < 3 && to < text.length; k++) {
    const next = text.indexOf('\n', to + 1);
    to = next === -1 ? text.length : next;
  }
  const wanted = value.toLowerCase();
  const setsUser = (window: string): boolean => [...window.matchAll(USER_SETTING)].some((m) => (m[1] as string).toLowerCase() === wanted);
  return setsUser(text.slice(from, lineStart)) || setsUser(text.slice(lineEnd, to));
}

/** A user name set to a plain word: `POSTGRES_USER: netbox`, `'USER': 'netbox',`, `login => "app"`. */
const USER_SETTING = /(?:^|[\s{,(])["']?[\w.-]*(?:user(?:name)?|login)["']?[ \t]*(?::|=|=>)[ \t]*["']?([A-Za-z0-9_-]{2,32})["']?[ \t]*(?:[,;#}\r]|$)/gim;

/** A line whose value is prose: `"description": "...`, `description: ...`, `title`, `summary`, `help`. */
const PROSE_FIELD = /^[ \t]*(?:-[ \t]+)?["']?(?:description|title|summary|help|usage|comment|x-kubernetes-[\w-]+)["']?[ \t]*:[ \t]*\S/i;

function extract(match: RegExpExecArray, ctx: ExtractContext): ExtractedSecret | undefined {
  const { text, path } = ctx;
  const at = match.index;
  const [lineStart, lineEnd] = lineBounds(text, at);
  if (lineEnd - lineStart > MAX_GENERIC_LINE) {
    ctx.skipTo(lineEnd);
    return undefined;
  }
  // The whole identifier: back over the part before the secret word, forward over the rest.
  let nameStart = at;
  while (nameStart > lineStart && NAME_CHAR.test(text[nameStart - 1] as string)) nameStart--;
  let nameEnd = at;
  while (nameEnd < lineEnd && /[A-Za-z0-9_.-]/.test(text[nameEnd] as string)) nameEnd++;
  const rawName = text.slice(nameStart, nameEnd);
  const name = rawName.replace(/^[$@.-]+/, '').replace(/[.-]+$/, '');
  if (!name) return undefined;
  const lead = text.slice(lineStart, nameStart);
  // A type alias (`using _Token = __use_future_ct<...>;`, `typedef`) names a type, not a value.
  if (/^[ \t]*(?:using|typedef|type)[ \t]+$/.test(lead)) return undefined;
  // Inside a template action (`{{- $password := include ...`, `{{ range $user, $password := ... }}`):
  // template code, whose values come from elsewhere.
  if (insideTemplateAction(lead)) return undefined;
  // A URL's host (`http://keycloak.auth.svc:8080/realms`): the port is not a value assigned to it.
  // A bare `//` is a URL without scheme only before `:port`; before `=` it opens a comment
  // (`//$google_client_secret = '...'`, commented-out code).
  const afterSlashes = lead.endsWith('//') && !lead.endsWith('://');
  if (lead.endsWith('://') || lead.endsWith('@')) return undefined;
  // Inside prose: the description or title of an OpenAPI or JSON-schema property.
  if (PROSE_FIELD.test(lead)) return undefined;
  // The name part of a label or annotation key (`konghq.com/secret: internal`): a label, not a setting.
  if (/(?:^|[\s"'{,])(?:[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?\.)+[a-z]{2,}\/$/.test(lead)) return undefined;
  const before = nameStart > lineStart ? (text[nameStart - 1] as string) : '';
  const quotedName = before === '"' || before === "'" || before === '`';

  // After the identifier: closing quotes or bracket, an optional type (`password string =`), the operator.
  if (before === '<' && text[nameEnd] === '>') return xmlElement(ctx, name, rawName, nameEnd + 1, at + match[0].length);
  const op = /^(?:\[[0-9]{0,4}\])?["'`\]]{0,2}(?:[ \t]{1,5}([A-Za-z_][\w.*[\]]{0,30}))?[ \t]{0,10}(:{1,3}=|[.?]=|=>|[:=,])/.exec(text.slice(nameEnd, Math.min(lineEnd, nameEnd + 80)));
  ctx.skipTo(at + match[0].length);
  if (!op) return undefined;
  const operator = op[2] as string;
  if (afterSlashes && operator === ':') return undefined;
  const matchEnd = nameEnd + (op[0] as string).length;
  const after = text[matchEnd];
  if (operator === ':' && (after === ':' || after === '/' || after === '\\')) return undefined;
  if (operator === '=' && (after === '=' || after === '~')) return undefined;
  if (operator === ',' && !quotedName) return undefined;
  // `"Password:"`: the name and the colon are one string (a label), not a key and its value.
  if (quotedName && !/["'`]/.test(op[0] as string) && text[matchEnd] === before) return undefined;
  if (op[1] !== undefined && TYPE_KEYWORDS.has(op[1].toLowerCase())) return undefined;

  // A bare `--secret` flag names a stored secret (`gcloud secrets versions access latest --secret=linked-in`,
  // `docker build --secret id=npm`): its value counts only when it looks generated.
  const strength = /^--?secrets?$/i.test(rawName) ? 'weak' : secretNameStrength(name);
  if (!strength) return undefined;

  const code = isCodeFile(path);
  let valuePos = matchEnd;
  if (code && operator === ':') {
    // A type annotation: `password: str = "..."`, `val token: String = "..."`.
    const ann = /^[ \t]*[&A-Za-z_'][\w.[\], |?<>&']{0,60}?[ \t]*=(?![=>])/.exec(text.slice(matchEnd, Math.min(lineEnd, matchEnd + 80)));
    if (ann) valuePos = matchEnd + (ann[0] as string).length;
  }
  const parsed = parseValue(text, valuePos, lineEnd, code) ?? (code && operator.endsWith('=') ? continuedValue(text, valuePos, lineEnd) : undefined);
  if (!parsed) return undefined;
  // Blanks pasted inside the quotes around a token (`token = ' V77f640... '`) are not part of it.
  // Around words (`"token": " artificial"`, an LLM's output) or code they are text.
  const v = parsed.value;
  if (v.length > 0 && (isBlank(v.charCodeAt(0)) || isBlank(v.charCodeAt(v.length - 1)))) {
    const token = PADDED_TOKEN.exec(v)?.[1];
    if (token !== undefined && /\d/.test(token)) {
      parsed.start += v.indexOf(token);
      parsed.value = token;
    }
  }
  // `api_key = 'abc...';` in C, C++, C# or Objective-C quotes no string (`'` holds one character there): a
  // code line of that kind is no assignment of a literal. Inside a string or a comment (a SQL
  // `PASSWORD='...'` in a C string) the quotes are the text's own and still count.
  if (text[parsed.start - 1] === "'" && parsed.value.length > 2 && singleQuoteIsCharacter(path) && !/["`#*]|\/\//.test(lead)) return undefined;
  // A YAML anchor or alias (`token: &logprobs_token`, `token: *logprobs_token`) names a node.
  if (YAML_FILE.test(path) && /^[&*][\w.-]+$/.test(parsed.value) && !/["']/.test(text[parsed.start - 1] ?? '')) return undefined;
  ctx.skipTo(Math.max(matchEnd, parsed.end));
  // Positional pairs (`'password', 'x'` in a call, a tuple or a doc comment) are mostly lists of
  // names; only a value that looks generated counts there, as for weak names.
  const keyValueCall = operator === ',' && KEY_VALUE_CALL.test(text.slice(Math.max(lineStart, nameStart - 40), nameStart));
  // The value argument must be a literal: `getenv("TOKEN", default=None)` passes no value.
  if (keyValueCall && !/["'`]/.test(text[parsed.start - 1] ?? '')) return undefined;
  const effective: NameStrength = parsed.scheme ? 'strong' : operator === ',' && !keyValueCall ? 'weak' : strength;
  if (operator === ',' && /[()]/.test(parsed.value)) return undefined;
  // A URL query parameter's value ends at the next parameter: `?token=...&pin=v1`.
  // `&` as JSON writes it in a recorded request (`?alt=json\u0026pageToken=\u0026prefix=obj`) separates parameters too.
  if ((before === '?' || before === '&' || text.startsWith('\\u0026', nameStart - 1)) && !parsed.scheme) {
    const cut = parsed.value.search(/[&#]|\\u0026/);
    if (cut >= 0) parsed.value = parsed.value.slice(0, cut);
  }
  if (!acceptGenericValue(name, effective, parsed.value)) return undefined;
  // Positional pairs (`'password', 'invisible'` in an options list or a doc comment) are labels
  // unless the value looks generated; define('DB_PASSWORD', 'x9!...') style values still count.
  if (operator === ',' && /^[a-z]+$/.test(parsed.value)) return undefined;
  if ((before === '?' || before === '&') && isBadgeUrl(text, lineStart, nameStart)) return undefined;
  if (isDocSearchKey(text, lineStart, lineEnd, name, parsed.value)) return undefined;
  if (passwordIsItsUser(text, lineStart, lineEnd, name, parsed.value)) return undefined;
  const shown = name.length > 60 ? `${name.slice(0, 57)}...` : name;
  return {
    secret: parsed.value,
    start: parsed.start,
    name,
    message: `Hardcoded secret assigned to '${shown}'`,
    severity: effective === 'strong' ? 'high' : 'medium',
  };
}

/**
 * A code assignment whose string literal a formatter moved to the next line (Prettier, Black,
 * gofmt wrap `const apiKey =` / `"..."` when the line is long): the rest of the line is blank and
 * the next line is the quoted literal alone, bar a closing `;`, `,` or `)`.
 */
function continuedValue(text: string, valuePos: number, lineEnd: number): ParsedValue | undefined {
  if (skipBlanks(text, valuePos, lineEnd) !== lineEnd || lineEnd >= text.length) return undefined;
  const [nextStart, nextEnd] = lineBounds(text, lineEnd + 1);
  if (nextEnd - nextStart > MAX_GENERIC_LINE) return undefined;
  const first = skipBlanks(text, nextStart, nextEnd);
  const quote = text[first];
  if (quote !== '"' && quote !== "'" && quote !== '`') return undefined;
  const parsed = parseValue(text, first, nextEnd, true);
  if (!parsed || parsed.scheme) return parsed;
  return /^[ \t]*[;,)]?[ \t]*(?:\/\/.*)?$/.test(text.slice(parsed.end, nextEnd)) ? parsed : undefined;
}

/** `<apiToken>value</apiToken>`, the value alone on its line or inline: one token, no markup. */
function xmlElement(ctx: ExtractContext, name: string, rawName: string, contentStart: number, resumeAt: number): ExtractedSecret | undefined {
  const { text } = ctx;
  ctx.skipTo(resumeAt);
  const strength = secretNameStrength(name);
  if (!strength) return undefined;
  // Look for the closing tag in a bounded window: an unclosed `<Key>` (a generic type, a JSX
  // component) must not cost a search to the end of the file.
  const closeTag = `</${rawName}>`;
  const at = text.slice(contentStart, contentStart + 600 + closeTag.length).indexOf(closeTag);
  if (at === -1) return undefined;
  const close = contentStart + at;
  const content = text.slice(contentStart, close);
  const value = content.trim();
  if (value.includes('<') || /\s/.test(value)) return undefined;
  if (!acceptGenericValue(name, strength, value)) return undefined;
  ctx.skipTo(close);
  return {
    secret: value,
    start: contentStart + content.indexOf(value),
    name,
    message: `Hardcoded secret in element '${name.length > 60 ? `${name.slice(0, 57)}...` : name}'`,
    severity: strength === 'strong' ? 'high' : 'medium',
  };
}

type Extract = NonNullable<SecretRule['extract']>;

/** A generic rule's extract that reads nothing of lockfiles, translations and generated code (skipGenericFor). */
export function outsideSkippedFiles(extractIn: Extract): Extract {
  return (match, ctx) => {
    if (skipGenericFor(ctx.path)) {
      ctx.skipTo(ctx.text.length);
      return undefined;
    }
    return extractIn(match, ctx);
  };
}

export const GENERIC_RULE: SecretRule = defineRule({
  id: 'generic-secret-assignment',
  family: 'generic',
  description: 'Secret literal assigned to a secret-named identifier',
  severity: 'high',
  keywords: ['pass', 'pwd', 'secret', 'token', 'key', 'credential', 'creds', 'auth', 'salt'],
  pattern: CANDIDATE,
  anchored: true,
  precheck: candidatePrecheck,
  extract: outsideSkippedFiles(extract),
  specificity: 1,
});
