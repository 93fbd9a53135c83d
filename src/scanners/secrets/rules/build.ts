// Builders shared by the provider rule files, so a rule states its format (documented prefix,
// alphabet, length, keyword, checksum) instead of spelling out a rule object and its regex.
import type { Severity } from '../../types.js';
import { defineRule, TOKEN_CHARS, type RuleFamily, type SecretRule } from '../rule.js';

/** A lower-case UUID (v1-v8), the body of several providers' keys. */
export const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/**
 * Regex source of `min` (to `max`) characters of one alphabet, given as a character-class body such
 * as `A-Za-z0-9`: `run('a-f0-9', 32)` is `[a-f0-9]{32}`, `run('A-Za-z0-9', 32, 40)` is `[A-Za-z0-9]{32,40}`.
 */
export function run(alphabet: string, min: number, max?: number): string {
  return `[${alphabet}]{${min}${max === undefined ? '' : `,${max}`}}`;
}

const escapeRegExp = (literal: string): string => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The rule fields a prefixed token may set besides its shape (boundary, entropy, checksum...). */
export type RuleExtras = Partial<Omit<SecretRule, 'id' | 'description' | 'severity' | 'family' | 'keywords' | 'pattern'>>;

export interface TokenShape extends RuleExtras {
  family: RuleFamily;
  /** The documented prefix, matched literally and case-sensitively; lower-cased, it is the rule's keyword. */
  prefix: string;
  /** Regex source of what follows the prefix, usually `run(alphabet, length)`. */
  body: string;
}

/**
 * A token with a documented prefix: the pattern is the prefix and then the body, the whole token is
 * the secret, the lower-cased prefix is the only keyword. Defaults: tokens end at a base64url
 * character boundary and carry at least 3 bits of entropy per character; `extras` override them
 * and add checks (`checksum`, `validate`, `verify`...).
 */
export function prefixedToken(id: string, description: string, severity: Severity, shape: TokenShape): SecretRule {
  const { family, prefix, body, ...extras } = shape;
  return defineRule({
    id,
    family,
    description,
    severity,
    keywords: [prefix.toLowerCase()],
    pattern: new RegExp(`(${escapeRegExp(prefix)}${body})`),
    boundary: TOKEN_CHARS,
    minEntropy: 3,
    ...extras,
  });
}
