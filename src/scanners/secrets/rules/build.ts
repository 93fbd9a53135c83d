// Builders shared by the provider rule files, so a rule states its format (documented prefix,
// alphabet, length, keyword, checksum) instead of spelling out a rule object and its regex:
//
// - prefixedToken: a token that starts with a documented prefix (`ghp_`, `sk_live_`, `xoxb-`);
// - keywordAssigned: a value without a prefix, assigned to a name that holds a provider keyword
//   (`ADYEN_API_KEY = ...`, `"cloudflare_token": ...`);
// - suffixedToken: a token whose documented part comes last (`...-us6`, `....atlasv1....`);
// - delimitedBlock / pemBlock: a block between a BEGIN and an END line (PEM private keys).
//
// Rules whose logic is their own (a structure read in code, a pair of values, a URL) call
// `defineRule` and say why.
import type { Severity } from '../../types.js';
import {
  assignmentPattern,
  credentialNamePattern,
  defineRule,
  leadBefore,
  providerAssignmentPattern,
  TOKEN_CHARS,
  WORD_CHARS,
  type RuleFamily,
  type SecretRule,
} from '../rule.js';
import { blockBody } from './pem.js';

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

/** Regex source of one of several alternatives: `a` alone, `(?:a|b)` for more. */
const oneOf = (alternatives: readonly string[]): string => (alternatives.length === 1 ? (alternatives[0] as string) : `(?:${alternatives.join('|')})`);

/**
 * The rule fields a builder leaves to the rule (boundary, entropy, checksum, validate...). A
 * builder's default is overridden by passing the field; `minEntropy: undefined` turns the entropy
 * check off (for formats whose fixed parts carry little entropy).
 */
export type RuleExtras = Partial<Omit<SecretRule, 'id' | 'description' | 'severity' | 'family' | 'keywords' | 'pattern'>>;

export interface TokenShape extends RuleExtras {
  family: RuleFamily;
  /**
   * The documented prefix, matched literally and case-sensitively, or several of them (`['sk_live_',
   * 'sk_prod_']`), one of which starts the token. Lower-cased, they are the rule's keywords.
   */
  prefix: string | readonly string[];
  /** Regex source of what follows the prefix, usually `run(alphabet, length)`. */
  body: string;
  /**
   * Keywords instead of the lower-cased prefixes, for a prefix too common to decide whether the
   * rule runs (`SK`, `pat`, `key_`): the provider names one of which a file must contain.
   */
  keywords?: string[];
  /** Match the prefix and body case-insensitively (providers that accept `clojars_` as well as `CLOJARS_`). */
  ignoreCase?: boolean;
}

/**
 * A token with a documented prefix: the pattern is the prefix and then the body, the whole token is
 * the secret, the lower-cased prefixes are the keywords (and then anchor the pattern). Defaults: tokens end at a base64url
 * character boundary and carry at least 3 bits of entropy per character; `extras` override them
 * and add checks (`checksum`, `validate`, `verify`...).
 */
export function prefixedToken(id: string, description: string, severity: Severity, shape: TokenShape): SecretRule {
  const { family, prefix, body, keywords, ignoreCase, ...extras } = shape;
  const prefixes = typeof prefix === 'string' ? [prefix] : prefix;
  return defineRule({
    id,
    family,
    description,
    severity,
    keywords: keywords ?? prefixes.map((p) => p.toLowerCase()),
    pattern: new RegExp(`(${oneOf(prefixes.map(escapeRegExp))}${body})`, ignoreCase ? 'i' : ''),
    // Every match starts with a prefix, and the prefixes are the keywords: the pattern is tried where
    // the keyword pass saw one instead of searched over the whole file (same matches, less work).
    anchored: keywords === undefined,
    boundary: TOKEN_CHARS,
    minEntropy: 3,
    ...extras,
  });
}

/** How the assigned name must read (see `keywordAssigned`). */
export type NameForm =
  /** Any name that matches `name` (`assignmentPattern`). */
  | 'any'
  /**
   * The keyword, then within 20 characters a credential word (client, app, token, key, secret,
   * oauth, auth, credential), for values with no shape of their own: `ASANA_TOKEN` counts,
   * `ASANA_PROJECT_ID` does not (`credentialNamePattern`).
   */
  | 'credential'
  /**
   * The keyword, optionally followed by blank-separated words (`cohere secret key = ...`), for keys
   * with a shape but no prefix (`providerAssignmentPattern`); pair it with `validate: credentialName`
   * so `AI21_REQUEST_ID` is not read as a key.
   */
  | 'provider';

export interface AssignedShape extends RuleExtras {
  family: RuleFamily;
  /** Lower-case literals; the rule runs only on files containing one. */
  keywords: string[];
  /**
   * Regex source of the whole assigned name, for names the keywords and `credential` do not
   * describe (`cc_test_reporter_id|codeclimate[\w.-]{0,20}reporter[_.-]?id`); for the `credential`
   * and `provider` forms, of the provider part. Default: the keywords as alternatives, then `credential`.
   */
  name?: string;
  /**
   * Without `name`: regex source of what the name goes on to say within 20 characters of the
   * keyword, or several alternatives. `['key', 'token']` takes `ADYEN_API_KEY` and `adyen.token` but
   * not `ADYEN_MERCHANT`; omitted, any name holding a keyword counts.
   */
  credential?: string | readonly string[];
  /** How the name must read; default `any`. */
  form?: NameForm;
  /** Regex source of the value (it becomes the secret), usually `run(alphabet, length)`. */
  value: string;
}

/**
 * A value without a prefix of its own, taken where it is assigned to a name that holds a provider
 * keyword: `ADYEN_API_KEY = AQE...`, `"cloudflare_token": "..."`, `<twilioSecret>...`, in any of the
 * assignment syntaxes `assignmentPattern` knows. Case-insensitive. Defaults: the value ends at a
 * word-character boundary and carries at least 3 bits of entropy per character. Pass
 * `anchored: true` when the name starts with one of the keywords, so the pattern is tried only
 * where a keyword occurs.
 */
export function keywordAssigned(id: string, description: string, severity: Severity, shape: AssignedShape): SecretRule {
  const { family, keywords, name, credential, form = 'any', value, ...extras } = shape;
  if (credential !== undefined && (name !== undefined || form !== 'any')) throw new Error(`${id}: credential goes with the keywords' name only`);
  const alternatives = keywords.map(escapeRegExp);
  const words = credential === undefined ? [] : typeof credential === 'string' ? [credential] : credential;
  const keywordName = words.length === 0 ? alternatives.join('|') : `${oneOf(alternatives)}[\\w.-]{0,20}${oneOf(words)}`;
  const named = name ?? keywordName;
  const pattern =
    form === 'credential' ? credentialNamePattern(named, value) : form === 'provider' ? providerAssignmentPattern(named, value) : assignmentPattern(named, value);
  return defineRule({ id, family, description, severity, keywords, pattern, boundary: WORD_CHARS, minEntropy: 3, ...extras });
}

export interface SuffixShape extends Omit<RuleExtras, 'boundary' | 'extract'> {
  family: RuleFamily;
  /** Lower-case literals; the rule runs only on files containing one. */
  keywords: string[];
  /** Regex source of the documented last part of the token (`-us[0-9]{1,2}`); what the pattern searches for. */
  suffix: string;
  /** The part before the suffix: `length` characters of `alphabet` (a character-class body). */
  lead: { alphabet: string; length: number };
  /** Characters (a character-class body) that must not touch the token on either side; default base64url. */
  boundary?: string;
}

/**
 * A token whose distinctive part comes last (`<32 hex>-us6`, `<14>.atlasv1.<67>`, `<76>AZDO<4>`): the
 * pattern finds the suffix and the fixed-length lead is read backwards from it (`leadBefore`), so
 * the search never scans a long character run from every position. The lead and suffix together
 * are the secret. Default: at least 3 bits of entropy per character.
 */
export function suffixedToken(id: string, description: string, severity: Severity, shape: SuffixShape): SecretRule {
  const { family, keywords, suffix, lead, boundary = TOKEN_CHARS, ...extras } = shape;
  const leadSpan = { min: lead.length, max: lead.length, chars: new RegExp(`[${lead.alphabet}]`) };
  const edge = new RegExp(`[${boundary}]`);
  return defineRule({
    id,
    family,
    description,
    severity,
    keywords,
    pattern: new RegExp(suffix),
    extract: (m, ctx) => leadBefore(ctx.text, m.index, m.index + (m[0] as string).length, leadSpan, edge),
    minEntropy: 3,
    ...extras,
  });
}

export interface BlockShape extends Omit<RuleExtras, 'extract'> {
  family: RuleFamily;
  /** Lower-case literals; the rule runs only on files containing one. */
  keywords: string[];
  /** Regex source of the line that opens the block. */
  begin: string;
  /** The literal that closes it (a mistyped `-----END` line also closes it, see `blockBody`). */
  end: string;
}

/**
 * A block between a BEGIN line and its END line (a PEM private key): the pattern finds the BEGIN
 * line, the body up to the END line is read in code and is the secret, once it holds enough key
 * material and is no placeholder.
 */
export function delimitedBlock(id: string, description: string, severity: Severity, shape: BlockShape): SecretRule {
  const { family, keywords, begin, end, ...extras } = shape;
  return defineRule({
    id,
    family,
    description,
    severity,
    keywords,
    pattern: new RegExp(begin),
    extract: (m, ctx) => blockBody(m, ctx, end),
    ...extras,
  });
}

/**
 * A PEM private key block of one type (`RSA PRIVATE KEY`): `-----BEGIN <label>-----` to
 * `-----END <label>-----`, keyword `begin <label>`. Pass `verify: isWellFormedKeyBody` (pem.ts)
 * where the body is DER that can be checked.
 */
export function pemBlock(id: string, description: string, severity: Severity, label: string, extras: Omit<RuleExtras, 'extract'> = {}): SecretRule {
  return delimitedBlock(id, description, severity, {
    family: 'private-key',
    keywords: [`begin ${label.toLowerCase()}`],
    begin: `-----BEGIN ${label}-----`,
    end: `-----END ${label}-----`,
    ...extras,
  });
}
