// Is an identifier the name of a secret? `AGENT_API_KEY`, `dbPassword` and `client_secret` are;
// `password_field`, `token_type`, `secretKeyRef`, `max_tokens` and `tokenizer` are not.

import { ownString } from '../../util/own-string.js';

/** Words of an identifier: separators and camelCase boundaries split, lower-cased, trailing digits dropped. */
export function identifierWords(name: string): string[] {
  const spaced = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
  const out: string[] = [];
  for (const part of spaced.split(/[^A-Za-z0-9]+/)) {
    if (!part) continue;
    const word = part.toLowerCase().replace(/\d+$/, '');
    if (word) out.push(word);
  }
  return out;
}

/** Words that name a secret on their own. */
const STRONG_WORDS = new Set([
  'password', 'passwords', 'passwd', 'passphrase', 'pwd', 'pass', 'secret', 'secrets', 'token', 'tokens',
  'apikey', 'apitoken', 'apisecret', 'credential', 'credentials', 'creds', 'privatekey', 'secretkey', 'accesskey',
  'accesstoken', 'authtoken', 'refreshtoken', 'clientsecret', 'appsecret', 'passcode', 'signingkey',
  'encryptionkey', 'masterkey', 'sharedkey', 'hmackey', 'jwtsecret', 'bottoken', 'webhooksecret', 'sessionsecret',
]);

/** Compound words that end in a secret word: `dbpassword`, `rootpasswd`, `jwtsecret`, `bottoken`. */
const STRONG_SUFFIX = /(?:password|passwd|passphrase|secret|apikey|secretkey|accesskey|privatekey|accesstoken|authtoken|apitoken)$/;

/** Two-word names that mean a secret: `api key`, `client secret`, `signing key`. */
const STRONG_PAIRS = new Set([
  'api key', 'api token', 'api secret', 'access key', 'access token', 'auth token', 'auth key', 'private key',
  'secret key', 'signing key', 'signing secret', 'encryption key', 'master key', 'client secret', 'app secret',
  'app key', 'account key', 'service key', 'subscription key', 'shared key', 'storage key', 'admin key',
  'webhook secret', 'session secret', 'cookie secret', 'jwt secret', 'jwt key', 'hmac key', 'hmac secret',
  'refresh token', 'bearer token', 'bot token', 'consumer secret', 'deploy key', 'deploy token', 'license key',
  'sas token', 'sas key', 'access secret', 'secret access', 'token secret', 'oauth token', 'personal access',
]);

/** A qualifier before `key` that makes it a lookup key rather than a credential. */
const NON_SECRET_KEY_QUALIFIERS = new Set([
  'public', 'pub', 'publishable', 'primary', 'foreign', 'sort', 'partition', 'hash', 'cache', 'idempotency',
  'unique', 'composite', 'row', 'map', 'dict', 'object', 'registry', 'i18n', 'translation', 'lookup', 'search',
  'index', 'react', 'list', 'item', 'node', 'group', 'label', 'config', 'setting', 'settings', 'storage', 'local',
  'session', 'query', 'route', 'entity', 'field', 'column', 'table', 'sequence', 'schema', 'event', 'message',
  'metric', 'tag', 'key', 'hot', 'short', 'keyboard', 'press', 'site', 'idp', 'ssh', 'gpg', 'pgp', 'host', 'anon',
  'annotation', 'label', 'merge', 'patch', 'queue', 'redis', 'lock', 'dedup', 'dedupe', 'bucket',
]);

/** The last part of a dotted name or member chain: `token` of `checkout_info.checkout.token`. */
export function lastDottedPart(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}

/** `AZURE_SEARCH_KEY`: Azure AI Search's admin or query key, a credential, not a lookup key. */
function isAzureSearchKey(words: readonly string[], at: number): boolean {
  return words[at - 1] === 'search' && words[at - 2] === 'azure';
}

/** After the secret word these turn the name into metadata about a secret. */
const EXCLUDE_AFTER = new Set([
  'name', 'names', 'field', 'fields', 'label', 'type', 'types', 'path', 'paths', 'file', 'files', 'filename',
  'dir', 'directory', 'url', 'uri', 'endpoint', 'host', 'id', 'ids', 'length', 'len', 'size', 'min', 'max',
  'count', 'prefix', 'suffix', 'env', 'var', 'variable', 'header', 'param', 'parameter', 'policy', 'policies',
  'regex', 'pattern', 'format', 'expires', 'expiry', 'expiration', 'exp', 'ttl', 'timeout', 'lifetime',
  'duration', 'wait', 'delay', 'sleep', 'ms', 'millis', 'seconds', 'secs', 'const', 'constant', 'tag', 'tags', 'mode', 'enabled', 'enable', 'disabled', 'required', 'version', 'provider', 'manager', 'store',
  'ref', 'refs', 'reference', 'arn', 'location', 'hint', 'placeholder', 'message', 'msg', 'error', 'errors',
  'reset', 'validation', 'validator', 'strength', 'hash', 'hashed', 'digest', 'question', 'input', 'text',
  'title', 'description', 'desc', 'kind', 'source', 'rotation', 'template', 'selector', 'mount', 'volume',
  'helper', 'expired', 'valid', 'invalid', 'check', 'verify', 'confirmation', 'generator', 'rules', 'rule',
  'requirements', 'chars', 'characters', 'encoding', 'algorithm', 'alg', 'method', 'scheme', 'strategy', 'limit',
  'limits', 'usage', 'used', 'estimate', 'budget', 'window', 'rate', 'price', 'cost', 'per', 'total', 'remaining',
  'bucket', 'threshold', 'retry', 'retries', 'attempts', 'interval', 'period', 'age', 'date', 'time',
  'timestamp', 'at', 'created', 'updated', 'last', 'status', 'state', 'flag', 'option', 'options', 'settings',
  'schema', 'class', 'fn', 'func', 'function', 'callback', 'handler', 'factory', 'loader', 'reader', 'button',
  'link', 'page', 'form', 'view', 'modal', 'dialog', 'screen', 'route', 'component', 'visible', 'visibility',
  'show', 'toggle', 'icon', 'color', 'style', 'width', 'height', 'font', 'autocomplete', 'lang', 'locale',
  'key', 'keys', 'index', 'position', 'pos', 'offset', 'start', 'end', 'list', 'map', 'set', 'dict', 'array',
  'client', 'service', 'object', 'obj', 'instance', 'util', 'utils', 'spec', 'test', 'tests', 'mock', 'stub',
  'fixture', 'cache', 'request', 'response', 'payload', 'info', 'metadata', 'config',
  'username', 'user', 'login', 'email', 'account', 'owner', 'issuer', 'audience', 'scope', 'scopes', 'claims',
  'sent', 'expected', 'actual', 'old', 'new', 'previous', 'current', 'next', 'pending', 'hidden', 'masked',
  'reason', 'requirement', 'mediation', 'closed', 'mode', 'kind', 'did', 'mean', 'unexpected',
  // Lexer token types: `Token.String.Symbol`, `Token.Punctuation`.
  'symbol', 'punctuation', 'operator', 'literal', 'comment', 'keyword', 'whitespace',
  // Where a secret lives or what describes it: `secretNamespace`, `webhook-secret-namespace`,
  // `passwordMtime`, `tokenAudiences`, `FromSecretAnnotation`, `testKeyThumbprint`.
  'namespace', 'ns', 'mtime', 'ctime', 'audiences', 'annotation', 'annotations', 'labels', 'thumbprint',
  'fingerprint', 'queue', 'topic', 'salt',
  // What uses the secret rather than the secret: dex's `PasswordConnector` (a connector's id).
  'connector',
]);

/** Immediately before the secret word these make it something else: `max_tokens`, `csrf_token`. */
const EXCLUDE_BEFORE = new Set([
  'max', 'min', 'num', 'total', 'count', 'n', 'no', 'csrf', 'xsrf', 'cancellation', 'continuation', 'next',
  'prev', 'previous', 'page', 'paging', 'pagination', 'sync', 'public', 'publishable', 'pub', 'site', 'bos', 'eos',
  'pad', 'unk', 'sep', 'cls', 'mask', 'special', 'start', 'end', 'stop', 'is', 'has', 'use', 'enable', 'show',
  'hide', 'forgot', 'reset', 'change', 'new', 'old', 'current', 'confirm', 'validate', 'check', 'verify', 'require',
  'input', 'label', 'fake', 'dummy', 'example', 'sample', 'placeholder', 'mock', 'invalid', 'wrong', 'bad',
  'matching', 'mismatched', 'unmatched', 'bogus',
  'expired', 'empty', 'missing', 'without', 'generate', 'random', 'get', 'set', 'read', 'load',
  'parse', 'encode', 'decode', 'hash', 'hashed', 'encrypted', 'masked', 'redacted', 'text',
  'lexer', 'parser', 'syntax', 'design', 'input', 'output', 'prompt', 'completion', 'context', 'cached',
  'reasoning', 'word', 'sub', 'id', 'unexpected', 'expected', 'all', 'any', 'by', 'bypass', 'compass',
  // A switch or a path towards one: `FallbackToPassword`, `path_to_token`; where a value is stored: `keyIDInSecret`.
  'to', 'in',
]);

/**
 * Before `secret` these make the name a reference to a Kubernetes Secret object rather than a secret
 * value: `existingSecret`, `tlsSecret`, `certificatesSecret`, `initScriptsSecret`, `configFromSecret`,
 * `inject-ca-from-secret`, `imagePullSecret`.
 */
const REFERENCE_QUALIFIERS = new Set([
  'existing', 'tls', 'ssl', 'cert', 'certs', 'certificate', 'certificates', 'ca', 'jks', 'keystore', 'truststore', 'storage', 'spec',
  'passwords', 'credentials', 'scripts', 'script', 'vars', 'env', 'from', 'pull', 'registry', 'docker', 'image',
  'kubeconfig', 'user', 'users', 'erlang', 'config', 'configuration', 'files', 'volume', 'mount', 'k8s', 'kube',
]);

/** Before `secret`, words that make the value itself the secret: `clientSecret`, `cookie-secret`. */
const VALUE_QUALIFIERS = new Set([
  'client', 'cookie', 'webhook', 'jwt', 'app', 'api', 'shared', 'session', 'hmac', 'consumer', 'signing', 'encryption',
  'oauth', 'tsig', 'bot', 'access', 'private', 'master', 'token', 'aws', 'azure', 'gcp', 'oidc', 'github', 'slack',
]);

/** A Kubernetes object name or `namespace/name`, made of words: `grafana.local-tls`, `cert-manager/webhook-ca`. */
const K8S_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,251}[A-Za-z0-9])?(?:\/[A-Za-z0-9](?:[A-Za-z0-9._-]{0,251}[A-Za-z0-9])?)?$/;

/**
 * `existingSecret: my-db-secret`: the name says "which Secret" and the value is an object name made
 * of words (each part letters with at most a short number), not a generated value.
 */
export function isSecretObjectReference(name: string, value: string): boolean {
  const before = wordsBeforeSecret(name);
  if (before === undefined) return false;
  if (before.length > 0 && !isReferenceQualified(before)) return false;
  if (!K8S_NAME.test(value) || !/[-./]/.test(value)) return false;
  const parts = value.split(/[-./]/);
  // A bare `secret:` names an object only when the value says what it holds (`custom-ca`, `db-creds`).
  if (before.length === 0 && !parts.some((p) => /^(?:secrets?|tls|ssl|cas?|certs?|certificates?|creds|credentials|keys?|auth|tokens?)$/i.test(p))) return false;
  return parts.every((part) => /^[A-Za-z]{1,30}\d{0,3}[A-Za-z]{0,3}$|^\d{1,4}$/.test(part));
}

/**
 * `secretKey := "provider"`, `adminSecretKey: password`: in camelCase a `...SecretKey` whose value is
 * a lower-case word names the key inside a Secret object; a generated key is never a plain word.
 * (`SECRET_KEY = 'dev'` in a Flask or Django settings file is a typed key, and is still read.)
 */
export function isSecretDataKeyName(rawName: string, value: string): boolean {
  const last = lastDottedPart(rawName);
  return /^(?:secretKey|[a-z][A-Za-z0-9]*SecretKey)$/.test(last) && value.length <= 40 && /^[a-z]+(?:[-_.][a-z]+)*$/.test(value);
}

/**
 * A name that says "which Secret" by itself (`imagePullSecret`, `REGISTRY_SECRET`, `tlsSecret`): printing
 * it prints an object's name. A bare `secret` is not one: only its value can tell.
 */
export function isSecretObjectName(name: string): boolean {
  const before = wordsBeforeSecret(name);
  return before !== undefined && before.length > 0 && isReferenceQualified(before);
}

/** The words before a final `secret`/`secrets` of the name's last dotted part; undefined without one or after a value qualifier. */
function wordsBeforeSecret(name: string): string[] | undefined {
  // A dotted path (`Values.security.tls.master.existingSecret`) is judged by its last key.
  const words = identifierWords(lastDottedPart(name));
  const last = words[words.length - 1];
  if (last !== 'secret' && last !== 'secrets') return undefined;
  const before = words.slice(0, -1);
  if (before.length > 0 && VALUE_QUALIFIERS.has(before[before.length - 1] as string)) return undefined;
  return before;
}

function isReferenceQualified(before: readonly string[]): boolean {
  return before.some((w) => REFERENCE_QUALIFIERS.has(w));
}

export type NameStrength = 'strong' | 'weak';

/**
 * `strong`: the identifier names a credential (password, token, API key, client secret...).
 * `weak`: it might (`auth`, `stripe_key`); a value needs high entropy to count.
 * `undefined`: not a secret name.
 */
export function secretNameStrength(name: string): NameStrength | undefined {
  // The same few names (`key`, `token`, `password`) come up on most lines of a big tree.
  const cached = strengthCache.get(name);
  if (cached !== undefined || strengthCache.has(name)) return cached;
  if (strengthCache.size >= STRENGTH_CACHE_MAX) strengthCache.clear();
  const strength = computeNameStrength(name);
  // The cache outlives the file the name was cut from: it must not keep that file's text alive.
  strengthCache.set(ownString(name), strength);
  return strength;
}

const STRENGTH_CACHE_MAX = 4096;
const strengthCache = new Map<string, NameStrength | undefined>();

/** Names of well-known settings that sound secret and are not: etcd's initial cluster token is a cluster id. */
const NOT_SECRET_NAMES = new Set(['initialclustertoken', 'etcdinitialclustertoken']);

function computeNameStrength(name: string): NameStrength | undefined {
  const words = identifierWords(name);
  if (words.length === 0) return undefined;
  if (NOT_SECRET_NAMES.has(words.join(''))) return undefined;
  let at = -1;
  let span = 1;
  let strength: NameStrength | undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    const next = words[i + 1];
    if (next !== undefined && STRONG_PAIRS.has(`${w} ${next}`)) {
      at = i;
      // `secret_access_key`, `personal_access_token`: the key or token completes the name.
      const third = words[i + 2];
      span = next === 'access' && (third === 'key' || third === 'token') ? 3 : 2;
      strength = 'strong';
      break;
    }
    if (w === 'pass' && i !== words.length - 1) continue; // `db_pass`, not `pass_through`
    // 1Password, the product: `OnePasswordSDK`, `onepassword_vault` name the provider, not a password.
    if (w === 'onepassword' || (w === 'password' && words[i - 1] === 'one')) continue;
    if (STRONG_WORDS.has(w) || STRONG_SUFFIX.test(w)) {
      at = i;
      strength = 'strong';
      break;
    }
  }
  if (strength === undefined) {
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as string;
      // A salt is public by design (it separates hashes, it does not protect them): not a secret name.
      if (w === 'auth' || w === 'authorization') {
        at = i;
        strength = 'weak';
        break;
      }
      if (w === 'key' && i > 0 && (!NON_SECRET_KEY_QUALIFIERS.has(words[i - 1] as string) || isAzureSearchKey(words, i))) {
        at = i;
        strength = 'weak';
        break;
      }
    }
  }
  if (strength === undefined) return undefined;
  // NEXT_PUBLIC_*, PUBLIC_*, *_PUBLISHABLE_KEY: shipped to browsers by design.
  if (words.some((w) => w === 'public' || w === 'publishable' || w === 'pub' || w === 'pubkey')) return undefined;
  const before = words[at - 1];
  if (before !== undefined && EXCLUDE_BEFORE.has(before)) return undefined;
  for (let i = at + span; i < words.length; i++) {
    const w = words[i] as string;
    if (EXCLUDE_AFTER.has(w)) return undefined;
  }
  return strength;
}

export function isStrongSecretName(name: string): boolean {
  return secretNameStrength(name) === 'strong';
}

/** Connection-string names: `SQL_CONNECTION`, `DATABASE_URL`, `connStr`. Their values are checked by shape. */
export function isConnectionName(name: string): boolean {
  const words = identifierWords(name);
  return words.some((w) => w === 'connection' || w === 'conn' || w === 'connstr' || w === 'dsn' || w === 'connectionstring');
}
