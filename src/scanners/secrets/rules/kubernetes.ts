// Kubernetes: literal values in `Secret` manifests (`data` and `stringData`) and container `env`
// entries with a literal `value:` for a secret-named variable (a `valueFrom` reference is fine).
// One-offs by nature: the rules read the manifest's structure in code, so each is a `defineRule`
// of its own rather than a builder's.
import { acceptGenericValue } from '../generic.js';
import { identifierWords, isStrongSecretName, secretNameStrength } from '../names.js';
import { isPlaceholderOrReference, looksLikePathOrUrl, looksTyped } from '../placeholders.js';
import { defineRule, type ExtractContext, type ExtractedSecret, type SecretRule } from '../rule.js';
import { readYamlScalar } from './yaml-scalar.js';
import { isBlank } from '../char-class.js';
import { lineStartFinder, lineStartTest } from '../../../util/literal-search.js';

type BlockKind = 'data' | 'stringData';

interface SecretBlock {
  kind: BlockKind;
  start: number;
  end: number;
}

const DOC_MARKER = lineStartFinder('---');
/** `/^kind:[ \t]*["']?Secret["']?[ \t]*(?:#.*)?$/m.test(doc)`, through a literal search (see literal-search.ts). */
const SECRET_KIND = lineStartTest('kind:', /[ \t]*["']?Secret["']?[ \t]*(?:#.*)?$/my);

/**
 * The offsets `/^---[^\n]*$/gm` finds: each `---` at a line start, the search going on after the
 * end of its line (a `---` after a `\r` or U+2028 inside that line is passed over, as by the regex).
 */
function documentMarkers(text: string): number[] {
  const out: number[] = [];
  for (let at = DOC_MARKER(text); at >= 0; ) {
    out.push(at);
    const end = text.indexOf('\n', at + 3);
    if (end < 0) break;
    at = DOC_MARKER(text, end);
  }
  return out;
}

/** `data:` and `stringData:` blocks of YAML documents whose top-level `kind` is `Secret`. */
function secretBlocks(text: string): SecretBlock[] {
  const blocks: SecretBlock[] = [];
  const bounds: number[] = [0, ...documentMarkers(text), text.length];
  for (let d = 0; d + 1 < bounds.length; d++) {
    const docStart = bounds[d] as number;
    const doc = text.slice(docStart, bounds[d + 1] as number);
    if (!SECRET_KIND(doc)) continue;
    const keyRe = /^(data|stringData):[ \t]*(?:#.*)?$/gm;
    for (let k = keyRe.exec(doc); k; k = keyRe.exec(doc)) {
      const blockStart = k.index + (k[0] as string).length;
      // The block runs until the next line that starts at column 0 (another top-level key).
      const next = /\n(?=[^\s#])/g;
      next.lastIndex = blockStart;
      const n = next.exec(doc);
      const blockEnd = n ? n.index : doc.length;
      blocks.push({ kind: k[1] as BlockKind, start: docStart + blockStart, end: docStart + blockEnd });
    }
  }
  return blocks;
}

/** A `key: value` line inside a `data`/`stringData` block of a Secret: the value, read in code. */
function secretEntry(m: RegExpExecArray, ctx: ExtractContext, kind: BlockKind): ExtractedSecret | undefined {
  const blocks = ctx.memoized('kubernetes-secret-blocks', () => secretBlocks(ctx.text));
  if (blocks.length === 0) {
    ctx.skipTo(ctx.text.length);
    return undefined;
  }
  const at = m.index;
  if (!blocks.some((b) => b.kind === kind && at >= b.start && at < b.end)) return undefined;
  const scalar = readYamlScalar(ctx.text, m.index + (m[0] as string).length);
  if (!scalar) return undefined;
  const key = (/([A-Za-z0-9._-]+):[ \t]*$/.exec(m[0] as string) as RegExpExecArray)[1] as string;
  if (kind === 'data') {
    if (!/^[A-Za-z0-9+/]{4,}={0,2}$/.test(scalar.value) || !decodedIsSecret(scalar.value)) return undefined;
    if (!entryIsSecret(key, Buffer.from(scalar.value, 'base64').toString('utf8').trim())) return undefined;
  } else if (scalar.value.length < 4 || !entryIsSecret(key, scalar.value)) return undefined;
  return { secret: scalar.value, start: scalar.start };
}

/**
 * Keys of a Secret (or of a config file inside one) that hold no secret: the entry's type, names,
 * user and database names, client ids, hosts, URLs and paths.
 */
const NON_SECRET_KEY_WORDS = new Set([
  'type', 'kind', 'name', 'names', 'scheme', 'user', 'username', 'usernames', 'login', 'email', 'database', 'db',
  'dbname', 'schema', 'host', 'hostname', 'port', 'url', 'uri', 'urls', 'endpoint', 'address', 'addr', 'path', 'file',
  'dir', 'id', 'region', 'namespace', 'bucket', 'org', 'project', 'tenant', 'issuer', 'audience', 'mode', 'level',
  'enabled', 'driver', 'provider', 'format', 'version', 'sslmode', 'protocol', 'domain', 'realm', 'scope', 'scopes',
]);

/**
 * A secret-named key (`password`, `client-secret`) holds a secret unless the value is a template,
 * a path or URL, or fails the generic rule's checks; any other key counts only for a value that
 * looks generated, and a key that names non-secret data (`type`, `username`, `client_id`) never.
 */
function entryIsSecret(key: string, value: string): boolean {
  if (value.startsWith('{{') || isPlaceholderOrReference(value) || looksLikePathOrUrl(value)) return false;
  const strength = secretNameStrength(key);
  if (strength === 'strong') return acceptGenericValue(key, 'strong', value);
  const words = identifierWords(key);
  if (words.length > 0 && words.some((w) => NON_SECRET_KEY_WORDS.has(w))) return false;
  return acceptGenericValue(key, 'weak', value);
}

function decodedIsSecret(b64: string): boolean {
  const decoded = Buffer.from(b64, 'base64').toString('utf8').trim();
  // The finding reports the base64 text, which never reads as typed: judge the decoded value here.
  return decoded.length >= 4 && !isPlaceholderOrReference(decoded) && !looksTyped(decoded);
}

/**
 * Where the env-literal pattern can match. It ends `\r?\n[ \t]{1,40}value:` and what comes
 * before holds no line break and at most 156 characters, so each match starts at a `name:` in the
 * 160 characters before a line that opens with 1 to 40 blanks and `value:`. Found from the
 * `value:` occurrences, so the pattern is not tried at every `name:` of a manifest.
 */
function envLiteralStarts(text: string): number[] {
  const out: number[] = [];
  let last = -1;
  for (let v = text.indexOf('value:'); v >= 0; v = text.indexOf('value:', v + 1)) {
    let k = v - 1;
    while (k >= 0 && v - 1 - k <= 40 && isBlank(text.charCodeAt(k))) k--;
    const blanks = v - 1 - k;
    if (blanks < 1 || blanks > 40 || k < 0 || text.charCodeAt(k) !== 10) continue;
    const from = Math.max(0, k - 160);
    // A window of its own: a search of the whole text for a `name:` past the window would make
    // the scan quadratic on a file of many `value:` lines.
    const window = text.slice(from, k);
    for (let j = window.indexOf('name:'); j >= 0; j = window.indexOf('name:', j + 1)) {
      if (from + j > last) out.push((last = from + j));
    }
  }
  return out;
}

/** Manifests and Helm templates. */
const YAML_PATH = /\.(?:ya?ml|tpl)$/i;

export const KUBERNETES_RULES: SecretRule[] = [
  defineRule({
    id: 'kubernetes-secret-data',
    family: 'kubernetes',
    description: 'Literal value in a Kubernetes Secret (data)',
    severity: 'high',
    keywords: ['secret'],
    pattern: /^[ \t]{1,40}[A-Za-z0-9._-]{1,253}:[ \t]{0,10}/m,
    extract: (m, ctx) => secretEntry(m, ctx, 'data'),
    paths: YAML_PATH,
    specificity: 2,
  }),
  defineRule({
    id: 'kubernetes-secret-stringdata',
    family: 'kubernetes',
    description: 'Literal value in a Kubernetes Secret (stringData)',
    severity: 'high',
    keywords: ['stringdata'],
    pattern: /^[ \t]{1,40}[A-Za-z0-9._-]{1,253}:[ \t]{0,10}/m,
    extract: (m, ctx) => secretEntry(m, ctx, 'stringData'),
    paths: YAML_PATH,
    specificity: 2,
  }),
  defineRule({
    id: 'kubernetes-env-literal',
    family: 'kubernetes',
    description: 'Literal secret in a container env value',
    severity: 'high',
    keywords: ['value:'],
    starts: envLiteralStarts,
    pattern: /name:[ \t]{0,10}["']?([A-Za-z_][A-Za-z0-9_.-]{0,127})["']?[ \t]{0,10}\r?\n[ \t]{1,40}value:/,
    paths: YAML_PATH,
    extract(m, ctx) {
      const name = m[1] as string;
      if (!/-[ \t]{1,10}$/.test(ctx.text.slice(Math.max(0, m.index - 12), m.index))) return undefined; // a list item
      if (!isStrongSecretName(name)) return undefined;
      const scalar = readYamlScalar(ctx.text, m.index + (m[0] as string).length);
      if (!scalar || !acceptGenericValue(name, 'strong', scalar.value)) return undefined;
      return { secret: scalar.value, start: scalar.start, name };
    },
    specificity: 2,
  }),
];
