// The shape of a secret rule and helpers to declare one.
import type { Severity } from '../types.js';
import { identifierWords } from './names.js';

export type RuleFamily =
  | 'cloud'
  | 'source-hosting'
  | 'ci-cd'
  | 'ai'
  | 'payments'
  | 'messaging'
  | 'saas'
  | 'private-key'
  | 'jwt'
  | 'connection-string'
  | 'kubernetes'
  | 'iac'
  | 'password-hash'
  | 'generic'
  | 'custom';

/** What a structure-aware rule may look at besides the match. */
export interface MatchContext {
  text: string;
  path: string;
  /** Offset of the secret in `text`. */
  secretStart: number;
  secretEnd: number;
  matchStart: number;
  /** Per-file cache for rules that parse the surrounding document once (Kubernetes Secret blocks). */
  memoized<T>(key: string, compute: () => T): T;
}

/** A secret found by a rule's `extract` hook instead of a capture group. */
export interface ExtractedSecret {
  secret: string;
  /** Offset of the secret in the file. */
  start: number;
  /** Identifier the secret is assigned to, when known (used for secret-logging taint). */
  name?: string;
  message?: string;
  severity?: Severity;
}

export interface ExtractContext {
  text: string;
  path: string;
  /** Continue the rule's search at `offset` (e.g. skip the rest of a minified line). */
  skipTo(offset: number): void;
  /** Per-file cache shared by the rules (e.g. the file's Kubernetes Secret blocks). */
  memoized<T>(key: string, compute: () => T): T;
}

export interface SecretRule {
  /** Stable id; findings use `secrets/<id>`. */
  id: string;
  family: RuleFamily;
  /** Short noun phrase, e.g. "AWS access key ID"; the finding message is "<description> hardcoded". */
  description: string;
  severity: Severity;
  /** Lower-case literals; the rule runs only on files containing at least one. Empty: always runs. */
  keywords: string[];
  /** Only files whose path matches (e.g. `/\.bicep$/`); omitted: every file. */
  paths?: RegExp;
  /**
   * The pattern starts with one of `keywords` (case-insensitively), so instead of searching the whole
   * file the scanner tries it only where the keyword pass saw a keyword. Same results, less work.
   */
  anchored?: boolean;
  /**
   * For anchored rules whose matches start at a literal other than the keywords (`://` for URLs named
   * by database keywords): lower-case literals, one of which every match starts with
   * (case-insensitively). The keywords still decide whether the rule runs at all.
   */
  anchors?: string[];
  /** For anchored rules: a match may start up to this many characters before the anchor (a delimiter before a keyword). */
  anchorBack?: number;
  /**
   * For anchored rules: a cheap test that is true wherever the pattern can match at `at`. Keywords
   * such as `key` occur on most lines of code; this turns most of them away before the regex runs.
   */
  precheck?: (text: string, at: number) => boolean;
  /**
   * For rules whose matches start at no keyword: the offsets, ascending and without repeats, where
   * a match may start (every offset where one can, found in code by something cheaper than the
   * pattern's own search); the pattern is tried there only, as anchored rules are at their
   * keywords. Same results. The keywords still decide whether the rule runs at all.
   */
  starts?: (text: string) => number[];
  /** The search pattern; a capture group holds the secret. Flags `g` and `d` are added by the scanner. */
  pattern: RegExp;
  /** Which group holds the secret; default: the first group that participated in the match, else the match. */
  secretGroup?: number;
  /** Minimum Shannon entropy (bits per character) of the secret. */
  minEntropy?: number;
  /**
   * Characters (a regex character-class body such as `A-Za-z0-9_`) that must not touch the secret on
   * either side. Checked in code, so patterns need no look-arounds and stay linear.
   */
  boundary?: string;
  /** Extra shape check on the secret (decodes, checksums, structure). */
  validate?(secret: string, fullMatch: string): boolean;
  /** Extra check against the surrounding file (document kind, neighbouring keys). */
  inContext?(ctx: MatchContext): boolean;
  /** Provider checksum, when the format has one; a valid checksum is noted in the message. */
  checksum?(secret: string): boolean;
  /**
   * Structure check that proves the value is what the rule says (a private key body that parses as
   * a key): true makes the finding `verified`, like a matching checksum. Absent: never verified.
   */
  verify?(secret: string): boolean;
  /** For rules that parse past the pattern (the generic assignment rule). */
  extract?(match: RegExpExecArray, ctx: ExtractContext): ExtractedSecret | undefined;
  /**
   * When findings of two rules overlap on a line the higher wins: provider formats 3 (default),
   * structural rules (credentialed URLs, manifests) 2, the generic assignment rule 1.
   */
  specificity?: number;
}

const ID = /^[a-z0-9][a-z0-9.-]{1,79}$/;

/** Validates a rule declaration; throws on mistakes a test would otherwise have to find. */
export function defineRule(rule: SecretRule): SecretRule {
  if (!ID.test(rule.id)) throw new Error(`invalid rule id: ${rule.id}`);
  if (rule.pattern.global || rule.pattern.sticky) throw new Error(`${rule.id}: declare the pattern without g/y flags`);
  for (const k of [...rule.keywords, ...(rule.anchors ?? [])]) {
    if (k !== k.toLowerCase() || k.length === 0) throw new Error(`${rule.id}: keywords must be non-empty lower-case literals`);
  }
  if (rule.anchors && !rule.anchored) throw new Error(`${rule.id}: anchors need anchored: true`);
  if (rule.starts && rule.anchored) throw new Error(`${rule.id}: starts replace the keyword anchors, not both`);
  return Object.freeze(rule);
}

/** Character-class body of base64url / word tokens, the usual boundary. */
export const TOKEN_CHARS = 'A-Za-z0-9_-';
export const WORD_CHARS = 'A-Za-z0-9_';
export const ALNUM_CHARS = 'A-Za-z0-9';
export const BASE64_CHARS = 'A-Za-z0-9+/';

/**
 * Pattern for a credential without a distinctive prefix: a provider keyword in the name, an
 * assignment (any of `= : := => , ?= .= ::=`, Go's `name string =`, or an XML element's opening tag), then the value. `keyword` and `value` are regex sources; the value becomes group 1.
 * Case-insensitive; everything is bounded so the search stays linear.
 */
export function assignmentPattern(keyword: string, value: string): RegExp {
  return new RegExp(
    // Quotes may come escaped, as in JSON held in a string: `"{\"awsSecretKey\":\"...\"}"`.
    `(?:${keyword})[\\w.-]{0,30}(?:(?:\\\\?["'\`\\]]){0,2}(?:[ \\t]{1,5}string)?[ \\t]{0,5}(?::{1,3}=|[.?]=|=>|=|:|,)[ \\t]{0,5}(?:\\\\?["'\`])?|>\\s{0,20})(${value})`,
    'i',
  );
}

/**
 * Like `assignmentPattern`, for values with no shape of their own (16 digits, 32 alphanumerics): the
 * name must hold the provider keyword and then a credential word, so `ASANA_TOKEN` counts but
 * `ASANA_PROJECT_ID` or `DISCORD_CHANNEL_ID` (resource ids of the same shape) do not.
 */
export function credentialNamePattern(provider: string, value: string): RegExp {
  return assignmentPattern(`${provider}[\\w.-]{0,20}?(?:client|app|token|key|secret|oauth|auth|credential)`, value);
}

/**
 * Like `assignmentPattern` for a provider whose keys have a shape but no prefix, where the name may
 * also be the provider followed by blank-separated words (`cohere secret key = ...`, `clay key: ...`).
 * Pair it with `credentialName` so `AI21_REQUEST_ID` or `deepgram_commit_sha` are not read as keys.
 */
export function providerAssignmentPattern(provider: string, value: string): RegExp {
  return assignmentPattern(`(?:${provider})(?:[ \\t](?:api|secret|private|access|auth|app))?(?:[ \\t](?:key|token|secret))?`, value);
}

/** Words that make a provider-named value an identifier or metadata rather than a credential. */
const IDENTIFIER_NAME_WORDS = new Set([
  'id', 'ids', 'uid', 'uuid', 'guid', 'sha', 'commit', 'hash', 'digest', 'checksum', 'version', 'rev', 'revision',
  'etag', 'model', 'region', 'url', 'uri', 'endpoint', 'host', 'name', 'user', 'username', 'email', 'org',
  'project', 'workspace', 'team', 'channel', 'request', 'trace', 'transcript', 'job', 'file', 'path',
]);

/**
 * For patterns built by `assignmentPattern`: true when the assigned name (the match before the
 * secret) holds no word that makes the value an identifier (`AGORA_APP_ID`, `ai21RequestId`).
 */
export function credentialName(secret: string, fullMatch: string): boolean {
  const name = fullMatch.slice(0, fullMatch.length - secret.length);
  return !identifierWords(name).some((w) => IDENTIFIER_NAME_WORDS.has(w));
}

/**
 * For tokens whose distinctive part comes last (`...AZDO`, `...-us21`, `...NRAL`): the pattern finds
 * the suffix and this reads the fixed-length lead backwards, so the search never scans a long
 * character run from every position. Returns the token span or undefined.
 */
export function leadBefore(
  text: string,
  suffixStart: number,
  suffixEnd: number,
  lead: { min: number; max: number; chars: RegExp },
  boundary: RegExp,
): ExtractedSecret | undefined {
  let start = suffixStart;
  while (start > 0 && suffixStart - start < lead.max && lead.chars.test(text[start - 1] as string)) start--;
  if (suffixStart - start < lead.min) return undefined;
  if (start > 0 && boundary.test(text[start - 1] as string)) return undefined;
  if (suffixEnd < text.length && boundary.test(text[suffixEnd] as string)) return undefined;
  return { secret: text.slice(start, suffixEnd), start };
}
