// A credential compared with a literal: `if (password === "...")`, `"..." == apiKey`,
// `secret.equals("...")`. The literal is the credential the code accepts, hardcoded (CWE-798), just
// as in an assignment. Samples: __tests__/scanners/secrets/rules/credential-comparison.samples.ts.
import { shannonEntropy } from '../entropy.js';
import { skipGenericFor } from '../files.js';
import { acceptGenericValue, charClasses, MAX_GENERIC_LINE } from '../generic.js';
import { isBlank, skipBlanks } from '../char-class.js';
import { lineBounds } from '../lines.js';
import { identifierWords, secretNameStrength } from '../names.js';
import { defineRule, type ExtractContext, type ExtractedSecret, type SecretRule } from '../rule.js';

/** A quoted literal starting at `from` (its opening quote): [value, start, end after the closing quote]. */
function quotedAt(text: string, from: number, limit: number): [string, number, number] | undefined {
  const quote = text[from];
  if (quote !== '"' && quote !== "'" && quote !== '`') return undefined;
  for (let j = from + 1; j < limit; j++) {
    const c = text[j];
    if (c === '\\') j++;
    else if (c === quote) return [text.slice(from + 1, j), from + 1, j + 1];
  }
  return undefined;
}

/** A quoted literal that ends just before `end` (its closing quote at `end - 1`). */
function quotedBefore(text: string, end: number, limit: number): [string, number] | undefined {
  const quote = text[end - 1];
  if (quote !== '"' && quote !== "'" && quote !== '`') return undefined;
  for (let j = end - 2; j >= limit; j--) {
    if (text[j] === quote && text[j - 1] !== '\\') return [text.slice(j + 1, end - 1), j + 1];
  }
  return undefined;
}

const IDENT_BEFORE = /[$@]?[A-Za-z_][\w.$]{0,60}(?:\[["']?[\w.-]{1,40}["']?\])?$/;
const IDENT_AFTER = /^[$@]?[A-Za-z_][\w.$]{0,60}(?:\[["']?[\w.-]{1,40}["']?\])?/;

/**
 * Compared with a credential's name, only a value that could not be a mode or a label counts: three
 * kinds of characters (`123P4ssW0rd@@`), or sixteen with high entropy and two kinds. Lexers compare
 * `token.value === 'function'` all day.
 */
function looksChosen(value: string): boolean {
  const classes = charClasses(value);
  return classes >= 3 || (classes >= 2 && value.length >= 16 && shannonEntropy(value) >= 3.5);
}

/** `creds == "s3AccessKeyIDName"`: an identifier made of words (the mode a credential names), not a chosen value. */
function isWordIdentifier(value: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(value)) return false;
  const words = identifierWords(value);
  return words.length >= 3 && words.every((w) => /^[a-z]+$/.test(w)) && words.filter((w) => w.length >= 3).length >= 2;
}

function judge(name: string, value: string, start: number): ExtractedSecret | undefined {
  // `request.form["password"]`: the key of a lookup names the field.
  const key = /\[["']?([\w.-]+)["']?\]$/.exec(name);
  const field = key ? (key[1] as string) : name;
  if (secretNameStrength(field) !== 'strong') return undefined;
  if (!acceptGenericValue(field, 'strong', value) || !looksChosen(value) || isWordIdentifier(value)) return undefined;
  return { secret: value, start, name: field, message: `Hardcoded secret compared with '${field.length > 60 ? `${field.slice(0, 57)}...` : field}'`, severity: 'high' };
}

function extract(m: RegExpExecArray, ctx: ExtractContext): ExtractedSecret | undefined {
  const { text, path } = ctx;
  if (skipGenericFor(path)) {
    ctx.skipTo(text.length);
    return undefined;
  }
  const opStart = m.index;
  const opEnd = opStart + (m[0] as string).length;
  if (!quoteBeside(text, opStart, opEnd)) return undefined;
  const [lineStart, lineEnd] = lineBounds(text, opStart);
  if (lineEnd - lineStart > MAX_GENERIC_LINE) {
    ctx.skipTo(lineEnd);
    return undefined;
  }
  const equalsCall = (m[0] as string).startsWith('.');
  // Left operand: the text before the operator, blanks trimmed.
  let l = opStart;
  while (l > lineStart && isBlank(text.charCodeAt(l - 1))) l--;
  // Right operand: after the operator (or the `(` of `.equals(`), blanks skipped.
  const r = skipBlanks(text, opEnd, lineEnd);
  const limit = Math.max(lineStart, l - 400);
  const right = quotedAt(text, r, Math.min(lineEnd, r + 400));
  if (right) {
    // `name == "literal"` / `name.equals("literal")`; a literal that goes on (`"x" + suffix`) is part of an expression.
    const at = skipBlanks(text, right[2], lineEnd);
    const next = text[at];
    const single = (c: string): boolean => next === c && text[at + 1] !== c; // `|` and `&`, not `||` and `&&`
    if (equalsCall ? next !== ')' : next === '+' || next === '.' || single('|') || single('&')) return undefined;
    const ident = IDENT_BEFORE.exec(text.slice(limit, l));
    return ident ? judge(ident[0].replace(/^[$@]/, ''), right[0], right[1]) : undefined;
  }
  const left = quotedBefore(text, l, limit);
  if (!left) return undefined;
  // `"literal" == name` / `"literal".equals(name)`
  const ident = IDENT_AFTER.exec(text.slice(r, Math.min(lineEnd, r + 120)));
  return ident ? judge(ident[0].replace(/^[$@]/, ''), left[0], left[1]) : undefined;
}

const isQuote = (c: number): boolean => c === 34 || c === 39 || c === 96;

/**
 * A quote beside the operator [opStart, opEnd), past blanks, after it or before it: an operand is
 * read only when it is a quoted literal, and code compares identifiers all day (`a === b`), so
 * most operators are turned away here, before the line lookup.
 */
function quoteBeside(text: string, opStart: number, opEnd: number): boolean {
  let r = opEnd;
  while (isBlank(text.charCodeAt(r))) r++;
  if (isQuote(text.charCodeAt(r))) return true;
  let l = opStart;
  while (l > 0 && isBlank(text.charCodeAt(l - 1))) l--;
  return l > 0 && isQuote(text.charCodeAt(l - 1));
}


export const CREDENTIAL_COMPARISON_RULES: SecretRule[] = [
  defineRule({
    id: 'secret-comparison',
    family: 'generic',
    description: 'Secret literal compared with a secret-named identifier',
    severity: 'high',
    keywords: ['pass', 'pwd', 'secret', 'token', 'key', 'credential', 'creds'],
    anchored: true,
    anchors: ['==', '!=', '.equals('],
    // `!=` then an optional `=`, `==` then an optional `=`, or Java's `.equals(`; operands are read in code.
    pattern: /!==?|===?|\.equals\(/,
    extract,
    specificity: 1,
  }),
];
