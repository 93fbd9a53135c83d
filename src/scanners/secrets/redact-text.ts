// Redaction of free text the gate prints: messages, manifest and policy values, file names,
// configuration errors. The same secret scanner that reads files decides what is a secret, so a
// token pasted into a manifest field is redacted exactly as one found in a file would be.
import { redact, scanSecrets } from './index.js';
import { looksLikeRelativePath } from './placeholders.js';

/** A stand-in path: a plain source file, so no path-based relaxation applies. */
const PROBE_PATH = 'readiness-gate/value.txt';
const ENV_PROBE_PATH = 'readiness-gate/.env';

const GENERIC_RULE = /^secrets\/generic/;

/** Ends the token a finding starts: whitespace, quotes and angle brackets. */
const TOKEN_END = /[\s'"`<>]/;

export interface SecretSpan {
  start: number;
  end: number;
  preview: string;
}

const spanCache = new Map<string, SecretSpan[]>();

/** Where the scanner sees secrets in `text`: from each finding's start to the end of its token. */
export function secretSpans(text: string): SecretSpan[] {
  const cached = spanCache.get(text);
  if (cached) return cached;
  const spans: SecretSpan[] = [];
  // The generic assignment rule reads prose such as "secrets: other/config.yaml" as a secret;
  // random values are caught word by word instead (couldBeSecret).
  const findings = scanSecrets({ path: PROBE_PATH, text, context: 'source' }).filter((f) => f.category === 'secret' && !GENERIC_RULE.test(f.ruleId));
  if (findings.length) {
    const lineStarts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
    for (const f of findings) {
      const start = (lineStarts[f.line - 1] ?? 0) + f.column - 1;
      spans.push({ start, end: tokenEnd(text, start), preview: f.redacted ?? '\u2026[redacted]' });
    }
  }
  if (spanCache.size > 10_000) spanCache.clear();
  spanCache.set(text, spans);
  return spans;
}

function tokenEnd(text: string, start: number): number {
  // A PEM block holds spaces and newlines: it ends at its END line.
  if (text.startsWith('-----BEGIN', start)) {
    const end = text.indexOf('-----END', start);
    if (end === -1) return text.length;
    const close = text.indexOf('-----', end + 8);
    return close === -1 ? text.length : close + 5;
  }
  let i = start;
  while (i < text.length && !TOKEN_END.test(text[i]!)) i++;
  return Math.max(i, start + 1);
}

const valueCache = new Map<string, boolean>();

/**
 * Could this configuration value be a secret? True when the scanner flags it on its own (a
 * provider token, a credentialed URL, a key) or as a value in a `.env` file, where any random
 * value counts whatever its name (words, ids, URLs and hashes excepted). A secret-named
 * assignment would be no test: there the scanner takes any non-placeholder word.
 */
export function couldBeSecret(value: string): boolean {
  if (value.length < 8 || value.length > 10_000) return value.length > 10_000;
  const cached = valueCache.get(value);
  if (cached !== undefined) return cached;
  const flagged = (path: string, text: string) => scanSecrets({ path, text, context: 'source' }).some((f) => f.category === 'secret');
  // A file's path is no random `.env` value, even with a `+` or a camelCase name in it
  // (`Kong+charts/ci/__snapshots__/values.snap`): a token inside it is still found by the scan.
  const result = flagged(PROBE_PATH, value) || (!/[\r\n]/.test(value) && !looksLikeRelativePath(value) && flagged(ENV_PROBE_PATH, `VALUE=${value}\n`));
  if (valueCache.size > 10_000) valueCache.clear();
  valueCache.set(value, result);
  return result;
}

/**
 * The secret-looking pieces of a configuration value: the whole value and each of its words,
 * so a token inside a sentence is found too.
 */
export function secretPieces(value: string): string[] {
  const pieces = new Set<string>();
  if (couldBeSecret(value)) pieces.add(value);
  for (const word of value.split(/[\s'"`<>,;()[\]{}]+/)) if (word !== value && couldBeSecret(word)) pieces.add(word);
  return [...pieces];
}

/** A redactor for text that may hold any of `known` (configuration values) or secrets of its own. */
export function textRedactor(known: Iterable<string>): (text: string) => string {
  // Longest first, so a value is replaced before any piece of it.
  const values = [...new Set(known)].filter((v) => v.length > 0).sort((a, b) => b.length - a.length);
  const previews = new Map(values.map((v) => [v, redact(v)]));
  return (text: string) => {
    let out = text;
    for (const v of values) if (out.includes(v)) out = out.split(v).join(previews.get(v)!);
    const spans = secretSpans(out);
    if (!spans.length) return redactWords(out);
    // Left to right; overlapping spans merge into the first one's preview.
    const sorted = [...spans].sort((x, y) => x.start - y.start);
    let result = '';
    let at = 0;
    for (const span of sorted) {
      if (span.end <= at) continue;
      result += out.slice(at, Math.max(at, span.start)) + (span.start >= at ? span.preview : '');
      at = span.end;
    }
    return redactWords(result + out.slice(at));
  };
}

const WORD_SPLIT = /([\s'"`<>,;()[\]{}]+)/;

/** Any word of the text that could be a secret on its own (a random value, a token). */
function redactWords(text: string): string {
  const parts = text.split(WORD_SPLIT);
  let changed = false;
  for (let i = 0; i < parts.length; i += 2) {
    const word = parts[i]!;
    // Previews the redaction itself wrote are left alone.
    if (word.length >= 8 && !word.includes('\u2026[') && couldBeSecret(word)) {
      parts[i] = redact(word);
      changed = true;
    }
  }
  return changed ? parts.join('') : text;
}

/** Redacts one string on its own (configuration errors): known values are what it holds. */
export function redactText(text: string, values: Iterable<string> = []): string {
  return textRedactor(values)(text);
}
