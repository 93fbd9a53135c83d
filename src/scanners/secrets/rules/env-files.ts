// .env files: every variable there is configuration for one deployment, so a random-looking value
// is a credential whatever the variable is called (`MIMI=gX69YO4CvB...`). Names that say what
// else the value is (an id, a URL, a region) are left to the other rules.
// A one-off by nature (any name, one file kind), so a `defineRule` of its own.
import { identifierWords } from '../names.js';
import { looksLikeIdentifier } from '../generic.js';
import { defineRule, type SecretRule } from '../rule.js';

/** `.env`, `.env.local`, `.env.production`, `prod.env`: dotenv files, not `.envrc` or `env.js`. */
const ENV_FILE = /(?:^|\/)(?:\.env(?:\.[\w-]+)*|[\w-]+\.env)$/;

/** Last words of names whose values are not credentials. */
const NOT_A_CREDENTIAL = new Set([
  'id', 'ids', 'url', 'uri', 'urls', 'host', 'hostname', 'domain', 'path', 'dir', 'file', 'name', 'region', 'zone',
  'version', 'bucket', 'email', 'user', 'username', 'env', 'environment', 'mode', 'level', 'port', 'tag', 'image',
  'sha', 'commit', 'hash', 'checksum', 'digest', 'project', 'org', 'account', 'tenant', 'namespace', 'channel',
  'price', 'plan', 'product', 'sku', 'title', 'label', 'theme', 'style', 'font', 'locale', 'lang', 'timezone',
  'format', 'color', 'release', 'build',
]);

/** The name says what else the value is (an id, a URL, a public key): not a credential. */
function namesNonCredential(name: string): boolean {
  const words = identifierWords(name);
  if (words.some((w) => w === 'public' || w === 'publishable')) return true;
  return NOT_A_CREDENTIAL.has(words[words.length - 1] ?? '');
}

/** Generated, not typed: long, upper and lower case and digits, not a word-built identifier. */
function generatedValue(value: string): boolean {
  return /[a-z]/.test(value) && /[A-Z]/.test(value) && /[0-9]/.test(value) && !looksLikeIdentifier(value);
}

export const ENV_FILES_RULES: SecretRule[] = [
  defineRule({
    id: 'env-file-random-value',
    family: 'generic',
    description: 'Random value in a .env file',
    severity: 'medium',
    keywords: [],
    paths: ENV_FILE,
    // A line `NAME=value` (optionally `export`, quotes and a trailing comment); no `:` or `@`, so URLs
    // and connection strings stay with their own rules.
    pattern: /^[ \t]{0,8}(?:export[ \t]{1,4})?([A-Za-z_][A-Za-z0-9_.]{0,80})[ \t]{0,4}=[ \t]{0,4}["']?([A-Za-z0-9+/=_.~-]{20,300})["']?[ \t]{0,8}(?:#[^\n]{0,300})?\r?$/m,
    secretGroup: 2,
    minEntropy: 4,
    validate: (secret, match) => {
      const name = /[A-Za-z_][A-Za-z0-9_.]*/.exec(match.replace(/^[ \t]*(?:export[ \t]+)?/, ''))?.[0] ?? '';
      return !namesNonCredential(name) && generatedValue(secret);
    },
    specificity: 1,
  }),
];
