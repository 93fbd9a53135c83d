// A secret written after a label: `bugherd access token 3f9c...`, `coinapi SECRET fa327aA1-...`,
// `deepgramKEY io3l0urk...`, `password x9...` on a line of its own, or with a list separator
// (`twitch token - 'k0lj...'`) or, after a label of two words or more, an operator (`aylien key: ...`,
// `newrelic insert key = '...'`; one word before an operator is the assignment rules' case).
// The line holds the label (one to three words, the last naming a secret) and the value, nothing
// else: prose, commands and declarations have more on the line, or a value no generator makes.
import { acceptGenericValue, MAX_GENERIC_LINE, outsideSkippedFiles } from './generic.js';
import { asciiClass, isBlank } from './char-class.js';
import { lineBounds } from './lines.js';
import { identifierWords, secretNameStrength } from './names.js';
import { defineRule, type ExtractContext, type ExtractedSecret, type SecretRule } from './rule.js';

const KEYWORDS = ['key', 'secret', 'token', 'access', 'private', 'password', 'passwd', 'pwd', 'credential'];

/** A value of token characters, bare or in quotes (`body` is its character class). */
const valueOf = (body: string): string => `(?:'(${body})'|"(${body})"|(${body}))`;

/**
 * The label's secret word; blanks (and perhaps `-` or `|` and blanks) or an operator; then a value
 * alone to the end of the line. After an operator `=` is only base64 padding at the value's end:
 * inside it would overlap the operator (`PWD=PWD=...` would cost quadratic time).
 */
const PATTERN = new RegExp(
  '(?:keys?|secret|token|access|private|passw(?:or)?d|pwd|credentials?)' +
    `(?:[ \\t]+(?:[-|][ \\t]+)?${valueOf('[A-Za-z0-9_+/.-][A-Za-z0-9_+/=.-]{11,199}')}|[ \\t]*([:=])[ \\t]*${valueOf('[A-Za-z0-9_+/.-]{12,200}={0,2}')})` +
    '[ \\t]*(?:\\r?\\n|$)',
  'i',
);

/** One to three words from the start of the line; the first begins with a letter. */
const LABEL = /^[A-Za-z][A-Za-z0-9._-]{0,40}(?:[ \t][A-Za-z][A-Za-z0-9._-]{0,30}){0,2}$/;

/** Words that start a declaration or a statement, not a label: `var pushSecret v1alpha1.PushSecret`. */
const STATEMENT_WORDS = new Set([
  'var', 'let', 'const', 'val', 'type', 'func', 'fn', 'def', 'class', 'struct', 'interface', 'enum', 'import', 'export',
  'from', 'return', 'new', 'public', 'protected', 'static', 'final', 'readonly', 'declare', 'package', 'use', 'using',
  'typedef', 'if', 'for', 'while', 'case', 'when', 'echo', 'print', 'printf', 'local', 'my', 'our', 'alias',
]);

/** After `access` or `private` (`daily ACCESS ...`, `nimble PRIVATE ...`) a provider name must come first. */
const QUALIFIED_ONLY = new Set(['access', 'private']);

const isLetter = asciiClass('A-Za-z');

/**
 * A blank or an operator right after the secret word's letters: the cheap part of PATTERN, true
 * wherever it can match (the letters skipped are the keyword's and an `s`/`word`/`entials` ending).
 */
function precheck(text: string, at: number): boolean {
  const end = Math.min(text.length, at + 12);
  let i = at;
  while (i < end && isLetter(text.charCodeAt(i))) i++;
  const next = text.charCodeAt(i);
  return isBlank(next) || next === 58 /* : */ || next === 61 /* = */;
}

function extract(match: RegExpExecArray, ctx: ExtractContext): ExtractedSecret | undefined {
  const { text } = ctx;
  const operator = match[4];
  const value = (match[1] ?? match[2] ?? match[3] ?? match[5] ?? match[6] ?? match[7]) as string;
  const [lineStart, lineEnd] = lineBounds(text, match.index);
  if (lineEnd - lineStart > MAX_GENERIC_LINE) return undefined;
  // The match is the secret word's letters, the separator, then the value (its last occurrence).
  let labelEnd = match.index;
  while (isLetter(text.charCodeAt(labelEnd))) labelEnd++;
  const valueStart = match.index + match[0].lastIndexOf(value);
  const label = text.slice(lineStart, labelEnd).trim();
  if (!LABEL.test(label)) return undefined;
  const words = identifierWords(label);
  const last = words[words.length - 1];
  if (last === undefined || STATEMENT_WORDS.has(words[0] as string)) return undefined;
  if (operator !== undefined && !/[ \t]/.test(label)) return undefined;
  const name = words.join('_');
  // `GPG_KEY`, `public key`, `token name`: the name machinery says whether the label names a secret.
  if (secretNameStrength(name) === undefined && !(QUALIFIED_ONLY.has(last) && words.length >= 2)) return undefined;
  if (!/[0-9]/.test(value) || !/[A-Za-z]/.test(value)) return undefined;
  // No operator says it is assigned, so only a value that looks generated counts (the weak-name bar).
  if (!acceptGenericValue(name, 'weak', value)) return undefined;
  const shown = label.length > 60 ? `${label.slice(0, 57)}...` : label;
  return { secret: value, start: valueStart, name, message: `Secret value after the label '${shown}'`, severity: 'medium' };
}

export const LABELLED_SECRET_RULE: SecretRule = defineRule({
  id: 'generic-labelled-secret',
  family: 'generic',
  description: 'Secret value after a secret-named label',
  severity: 'medium',
  keywords: KEYWORDS,
  pattern: PATTERN,
  anchored: true,
  precheck,
  extract: outsideSkippedFiles(extract),
  specificity: 1,
});
