// The scanning engine: keyword prefilter, rule patterns, filters, de-duplication, secret-logging,
// inline allow comments, and conversion to findings that never carry the secret.
import { DEFAULT_FINGERPRINT_KEY, fingerprint } from '../fingerprint.js';
import type { Confidence, Finding, Severity, SourceFile } from '../types.js';
import { calibratedSeverity, confidenceOf } from './confidence.js';
import { asciiTable } from './char-class.js';
import { shannonEntropy } from './entropy.js';
import { KeywordIndex, mergePositions } from './keywords.js';
import { LineIndex } from './lines.js';
import { skipGenericFor } from './files.js';
import { findSecretLogging, logSyntaxOf, LOG_ANCHORS, LOG_KEYWORDS, SECRET_NAME_WORDS } from './logging.js';
import { isPlaceholderOrReference, looksTyped } from './placeholders.js';
import { redact } from './redact.js';
import type { ExtractContext, MatchContext, SecretRule } from './rule.js';
import { allowCommentOn, MISSING_REASON_NOTE } from './suppression.js';
import { enterPhase, leavePhase } from '../../util/phase-times.js';

const ALLOW_PRESENT = /readiness-gate:allow/i;

export const SECRET_LOG_RULE_ID = 'secrets/secret-in-log';

interface CompiledRule {
  rule: SecretRule;
  ruleId: string;
  re: RegExp;
  /** Anchored rules and rules with `starts`: the pattern tried at those positions only (sticky). */
  anchored: boolean;
  /** Anchored rules: the keyword ids whose positions the pattern is tried at. */
  anchorIds: number[];
  /** 128 flags: ASCII characters that may not touch the secret. */
  boundary: Uint8Array | undefined;
  specificity: number;
  order: number;
}

/** A rule set compiled once: regexes (`g`/`y` plus `d`), boundary tables and the keyword automaton. */
export class RuleSet {
  readonly rules: readonly SecretRule[];
  private readonly compiled: CompiledRule[];
  private readonly keywordIndex: KeywordIndex;
  /** For each keyword id, the indices of the rules it enables. */
  private readonly rulesByKeyword: number[][];
  /** Rules without keywords: they run on every file. */
  private readonly alwaysOn: number[];
  private readonly logKeywordIds: number[];
  private readonly logAnchorIds: number[];
  private readonly secretWordIds: number[];

  constructor(rules: readonly SecretRule[]) {
    this.rules = rules;
    const keywordIds = new Map<string, number>();
    const idOf = (k: string): number => {
      let id = keywordIds.get(k);
      if (id === undefined) {
        id = keywordIds.size;
        keywordIds.set(k, id);
      }
      return id;
    };
    this.rulesByKeyword = [];
    this.alwaysOn = [];
    rules.forEach((rule, i) => {
      if (rule.keywords.length === 0) this.alwaysOn.push(i);
      for (const k of rule.keywords) (this.rulesByKeyword[idOf(k)] ??= []).push(i);
    });
    const anchorsOf = (r: SecretRule): string[] => (r.anchored ? (r.anchors ?? r.keywords) : []);
    this.compiled = rules.map((rule, order) => compileRule(rule, order, anchorsOf(rule).map(idOf)));
    this.logKeywordIds = LOG_KEYWORDS.map(idOf);
    this.logAnchorIds = LOG_ANCHORS.map(idOf);
    this.secretWordIds = SECRET_NAME_WORDS.map(idOf);
    const collect = new Set([...rules.flatMap(anchorsOf), ...LOG_ANCHORS]);
    this.keywordIndex = new KeywordIndex([...keywordIds.keys()], collect);
  }

  /** Rules whose keywords occur in `text`, and whether the file has anything that looks like a log call. */
  /** `fileBytes`: the bytes the text was read from, when the caller has them (see SourceFile.fileBytes). */
  select(text: string, path: string, fileBytes?: Uint8Array): Selection {
    const { found, byKeyword, foundIds } = this.keywordIndex.scan(text, fileBytes);
    // A file enables a handful of the rules: collect their indices rather than sweep them all.
    const enabled: number[] = [...this.alwaysOn];
    const seen = new Set<number>(enabled);
    for (const id of foundIds) {
      for (const i of this.rulesByKeyword[id] ?? []) {
        if (!seen.has(i)) {
          seen.add(i);
          enabled.push(i);
        }
      }
    }
    enabled.sort((a, b) => a - b);
    const rules: CompiledRule[] = [];
    for (const i of enabled) {
      const c = this.compiled[i] as CompiledRule;
      if (c.rule.paths && !c.rule.paths.test(path)) continue;
      rules.push(c);
    }
    return {
      rules,
      logging: this.logKeywordIds.some((id) => found[id] === 1),
      secretWords: this.secretWordIds.some((id) => found[id] === 1),
      byKeyword,
      logPositions: () => mergePositions(byKeyword, this.logAnchorIds),
    };
  }
}

interface Selection {
  rules: CompiledRule[];
  /** The file has something that looks like a log call. */
  logging: boolean;
  /** The file has a word that every secret-like name contains. */
  secretWords: boolean;
  /** Start offsets of the collected keywords, per keyword id. */
  byKeyword: (number[] | undefined)[];
  /** Every offset at which a log call may start, ascending. */
  logPositions: () => number[];
}

function compileRule(rule: SecretRule, order: number, anchorIds: number[]): CompiledRule {
  const flags = new Set(rule.pattern.flags.replace(/[gyd]/g, '').split(''));
  flags.add(rule.anchored || rule.starts ? 'y' : 'g');
  if (!rule.extract) flags.add('d');
  return {
    rule,
    ruleId: `secrets/${rule.id}`,
    // The pattern's own class builds the copy, so a custom rule's LinearRegExp stays on RE2.
    re: new (rule.pattern.constructor as RegExpConstructor)(rule.pattern.source, [...flags].join('')),
    anchored: rule.anchored === true || rule.starts !== undefined,
    anchorIds,
    boundary: rule.boundary ? asciiTable(rule.boundary) : undefined,
    specificity: rule.specificity ?? 3,
    order,
  };
}

/** A secret before de-duplication and suppression. */
interface Raw {
  compiled: CompiledRule;
  secret: string;
  start: number;
  end: number;
  line: number;
  column: number;
  message: string;
  severity: Severity;
  name?: string;
  verified: boolean;
  /** Typed by hand (counting sequences, one repeated character) and not verified: read as an example. */
  typed: boolean;
}

function touches(table: Uint8Array | undefined, text: string, index: number): boolean {
  if (!table || index < 0 || index >= text.length) return false;
  const c = text.charCodeAt(index);
  return c < 128 && table[c] === 1;
}

/** Identifier a line assigns to, when the secret sits on the right-hand side of an assignment. */
const ASSIGNED =
  /^[ \t]*(?:-[ \t]+)?(?:(?:export|const|let|var|val|final|static|private|public|protected|readonly|declare|def|my|local|set|auto|string|String|str)[ \t]+)*[$@]?["']?([A-Za-z_][\w.-]*?)["']?[ \t]*(?::[ \t]*[\w.<>[\]|? ]+?[ \t]*)?(?::=|=(?!=)|:(?!:)|=>)/;

function assignedName(lineText: string, column: number): string | undefined {
  const m = ASSIGNED.exec(lineText.slice(0, column - 1));
  return m ? (m[1] as string) : undefined;
}

/**
 * The successive matches of a rule: a global search, or for anchored rules the sticky pattern tried
 * at each keyword position (or each of the rule's `starts`) not already passed.
 */
function* matches(c: CompiledRule, text: string, byKeyword: readonly (number[] | undefined)[]): Generator<RegExpExecArray> {
  const re = c.re;
  if (!c.anchored) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) re.lastIndex++;
      else yield m;
    }
    return;
  }
  let starts = c.rule.starts ? c.rule.starts(text) : mergePositions(byKeyword, c.anchorIds);
  const back = c.rule.anchorBack ?? 0;
  if (back > 0 && starts.length > 0) {
    const all: number[] = [];
    for (const p of starts) for (let d = back; d >= 0; d--) if (p - d >= 0) all.push(p - d);
    all.sort((a, b) => a - b);
    starts = all.filter((p, k) => k === 0 || p !== all[k - 1]);
  }
  let next = 0;
  const precheck = c.rule.precheck;
  for (const p of starts) {
    if (p < next) continue;
    if (precheck !== undefined && !precheck(text, p)) continue;
    re.lastIndex = p;
    const m = re.exec(text);
    if (m === null || m[0].length === 0) continue;
    re.lastIndex = p + m[0].length;
    yield m;
    next = re.lastIndex;
  }
}

function runRule(
  c: CompiledRule,
  text: string,
  path: string,
  memo: Map<string, unknown>,
  byKeyword: readonly (number[] | undefined)[],
  out: Omit<Raw, 'line' | 'column'>[],
  byteString: boolean,
): void {
  const { rule, re } = c;
  let skip = -1;
  const memoized = <T>(key: string, compute: () => T): T => {
    if (!memo.has(key)) memo.set(key, compute());
    return memo.get(key) as T;
  };
  const ectx: ExtractContext = {
    text,
    path,
    skipTo(offset: number) {
      skip = offset;
    },
    memoized,
  };
  for (const m of matches(c, text, byKeyword)) {
    let secret: string;
    let start: number;
    let message: string | undefined;
    let severity: Severity | undefined;
    let name: string | undefined;
    if (rule.extract) {
      skip = -1;
      const found = rule.extract(m, ectx);
      if (skip > re.lastIndex) re.lastIndex = skip;
      if (!found) continue;
      ({ secret, start, message, severity, name } = found);
    } else {
      let g = rule.secretGroup;
      if (g === undefined) {
        g = 0;
        for (let i = 1; i < m.length; i++) {
          if (m[i] !== undefined) {
            g = i;
            break;
          }
        }
      }
      const value = m[g];
      const span = m.indices?.[g];
      if (value === undefined || span === undefined) continue;
      // Trim surrounding whitespace (multi-line bodies), keeping the offset exact.
      const lead = value.length - value.trimStart().length;
      secret = value.trim();
      start = span[0] + lead;
      if (touches(c.boundary, text, start - 1) || touches(c.boundary, text, start + secret.length)) continue;
    }
    // Offsets stay in the text's units; the value is judged and reported as the file's characters.
    const end = start + secret.length;
    if (byteString) {
      secret = fromBytes(secret);
      if (message !== undefined) message = fromBytes(message);
      if (name !== undefined) name = fromBytes(name);
    }
    if (rule.minEntropy !== undefined && shannonEntropy(secret) < rule.minEntropy) continue;
    // A key whose structure verifies is key material, whatever words its random base64 spells.
    if (isPlaceholderOrReference(secret) && !(rule.verify !== undefined && rule.verify(secret))) continue;
    if (rule.validate && !rule.validate(secret, m[0])) continue;
    if (secret.length === 0) continue;
    if (rule.inContext) {
      const mctx: MatchContext = {
        text,
        path,
        secretStart: start,
        secretEnd: start + secret.length,
        matchStart: m.index,
        memoized,
      };
      if (!rule.inContext(mctx)) continue;
    }
    if (introducedAsExample(text, start)) continue;
    let note = message ?? `${rule.description} hardcoded`;
    const checksumValid = rule.checksum !== undefined && rule.checksum(secret);
    if (checksumValid) note += ' (provider checksum valid)';
    const verified = checksumValid || (rule.verify !== undefined && rule.verify(secret));
    if (verified && !checksumValid) note += ' (structure verified)';
    const typed = !verified && looksTyped(secret);
    out.push({ compiled: c, secret, start, end, message: note, severity: severity ?? rule.severity, name, verified, typed });
  }
}

/** Words that introduce an example: `e.g. shpss_...`, `for example: AKIA...`, `such as ghp_...`. */
const EXAMPLE_LEAD = /(?:^|[^a-z])(?:e\.g\.|eg\.|i\.e\.|for example|for instance|such as|example:|sample:)/i;

const COMMENT_LINE = /^[ \t]*(?:#|\/\/|;|--|\*|<!--)/;
/** A comment line that announces an example below it: `## e.g:`, `# Example:`, `// For example`. */
const EXAMPLE_HEADING = /(?:^|[^a-z])(?:e\.g\.?|eg|example|examples|for example|for instance|sample)[ \t]*:?[ \t]*(?:-->)?[ \t]*$/i;

/**
 * The secret follows an example marker earlier on its own line, or sits in a commented-out block
 * under a comment that announces an example (`## e.g:` then `##   password: x`): documentation.
 */
function introducedAsExample(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  // At most 200 characters back, so a minified line with many findings costs no more per finding.
  const lineLead = text.slice(Math.max(lineStart, start - 200), start);
  if (EXAMPLE_LEAD.test(lineLead)) return true;
  if (!COMMENT_LINE.test(text.slice(lineStart, Math.min(start, lineStart + 200)))) return false;
  // Up to eight comment lines above, while they stay comments.
  let end = lineStart - 1;
  for (let k = 0; k < 8 && end > 0; k++) {
    const from = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(from, Math.min(end, from + 400));
    if (!COMMENT_LINE.test(line)) return false;
    if (EXAMPLE_HEADING.test(line)) return true;
    end = from - 1;
  }
  return false;
}

/**
 * A line that is a comment up to the match: `#   password: x` in a values file, `// secret = "x"`,
 * an INI file's `;admin_password = x` (also inside a YAML block such as a chart's grafana.ini).
 * Only `#` followed by a space, `#` or the line end, so `#define PASSWORD "x"` stays code.
 */
const COMMENTED_OUT = /^[ \t]*(?:#(?:[ \t#]|$)|\/\/|\/\*|<!--|;)/;

/** Keep one finding per overlapping span on a line: the most specific rule, then the earliest-declared. */
function dedupe(raws: Raw[]): Raw[] {
  raws.sort(
    (a, b) =>
      a.line - b.line ||
      b.compiled.specificity - a.compiled.specificity ||
      a.compiled.order - b.compiled.order ||
      a.start - b.start,
  );
  const kept: Raw[] = [];
  let lineStartIdx = 0;
  for (const r of raws) {
    while (lineStartIdx < kept.length && (kept[lineStartIdx] as Raw).line !== r.line) lineStartIdx++;
    let overlaps = false;
    for (let i = lineStartIdx; i < kept.length; i++) {
      const k = kept[i] as Raw;
      if (r.start < k.end && k.start < r.end) {
        overlaps = true;
        break;
      }
    }
    if (!overlaps) kept.push(r);
  }
  return kept;
}

export interface ScanSettings {
  fingerprintKey?: string;
  /** Run the secret-logging check (off when the policy disables `secrets/secret-in-log`). */
  logging?: boolean;
}

/** Scan one file with a compiled rule set. */
export function scanWithRuleSet(file: SourceFile, ruleSet: RuleSet, settings: ScanSettings = {}): Finding[] {
  const text = file.text;
  if (!text) return [];
  const key = settings.fingerprintKey ?? DEFAULT_FINGERPRINT_KEY;
  const outer = enterPhase('secret keywords');
  const selection = ruleSet.select(text, file.path, file.fileBytes);
  leavePhase(outer);
  const memo = new Map<string, unknown>();
  const found: Omit<Raw, 'line' | 'column'>[] = [];
  const byteString = file.byteString === true;
  for (const c of selection.rules) runRule(c, text, file.path, memo, selection.byKeyword, found, byteString);
  // Secret logging needs a secret-like name (each contains one of the secret words) or a variable
  // this file assigned a detected secret to (none without a finding).
  const logging = settings.logging !== false && selection.logging && (selection.secretWords || found.length > 0);
  if (found.length === 0 && !logging) return [];

  const lines = new LineIndex(text);
  const position = (offset: number) => (byteString ? charPosition(lines, offset) : lines.position(offset));
  const lineText = (line: number) => (byteString ? fromBytes(lines.lineText(line)) : lines.lineText(line));
  const raws: Raw[] = found.map((r) => ({ ...r, ...position(r.start) }));
  const kept = dedupe(raws);

  const findings: Finding[] = [];
  const tainted = new Set<string>();
  for (const r of kept) {
    const name = r.name ?? assignedName(lineText(r.line), r.column);
    if (name) tainted.add(name);
    const confidence: Confidence = confidenceOf(r.compiled.rule, r.verified);
    const custom = r.compiled.rule.family === 'custom';
    // A generic assignment in a comment is commented-out configuration: documentation of a setting,
    // read as docs. A provider-shaped or verified token in a comment is still that token, and a
    // policy's own rule says what its tokens are, so both keep the file's context.
    // A value typed by hand (`abcdef1234567890`, `a1b2c3d4...`, `glc_1111...`) is an example far more
    // often than a credential: reported in source as an example, so it blocks only where the policy
    // makes examples block. A policy's own rule keeps its file's context.
    const typed = r.typed && !custom;
    const asExample = typed && file.context === 'source';
    const commented = !asExample && confidence === 'generic' && !custom && file.context === 'source' && COMMENTED_OUT.test(lineText(r.line).slice(0, r.column - 1));
    const context = asExample ? 'example' : commented ? 'docs' : file.context;
    findings.push({
      ruleId: r.compiled.ruleId,
      category: 'secret',
      severity: calibratedSeverity(r.severity, confidence, context, custom),
      path: file.path,
      line: r.line,
      column: r.column,
      message: r.message,
      redacted: redact(r.secret, key),
      fingerprint: fingerprint(r.compiled.ruleId, file.path, r.secret, key),
      context,
      confidence,
      ...(commented ? { commented: true as const } : {}),
      ...(typed ? { typed: true as const } : {}),
    });
  }

  if (logging && !skipGenericFor(file.path)) {
    const seen = new Set<string>();
    for (const raw of findSecretLogging(text, tainted, selection.logPositions(), logSyntaxOf(file.path))) {
      const hit = byteString ? { ...raw, name: fromBytes(raw.name) } : raw;
      const { line, column } = position(hit.offset);
      const dedupeKey = `${line}\u0000${hit.name}`;
      if (seen.has(dedupeKey)) continue;
      seen.add(dedupeKey);
      findings.push({
        ruleId: SECRET_LOG_RULE_ID,
        category: 'secret-logging',
        severity: file.context === 'source' ? (hit.tainted ? 'high' : 'medium') : 'low',
        path: file.path,
        line,
        column,
        message: hit.tainted
          ? `Variable '${hit.name}' holds a hardcoded secret and is written to a print/log call`
          : `Secret-named variable '${hit.name}' is written to a print/log call`,
        fingerprint: fingerprint(SECRET_LOG_RULE_ID, file.path, hit.name, key),
        context: file.context,
        confidence: 'generic',
      });
    }
  }

  if (findings.length > 1) {
    findings.sort((a, b) => a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  }
  if (findings.length > 0 && ALLOW_PRESENT.test(text)) applyAllowComments(findings, lineText);
  return findings;
}

const NON_ASCII = /[\u0080-\u00ff]/;

/** A byte string's UTF-8 characters (see SourceFile.byteString); ASCII comes back unchanged. */
function fromBytes(bytes: string): string {
  return NON_ASCII.test(bytes) ? Buffer.from(bytes, 'latin1').toString('utf8') : bytes;
}

/** Line and column in characters of an offset into a byte string. */
function charPosition(lines: LineIndex, offset: number): { line: number; column: number } {
  const { line, column } = lines.position(offset);
  const start = lines.lineStart(line);
  return { line, column: fromBytes(lines.text.slice(start, start + column - 1)).length + 1 };
}

function applyAllowComments(findings: Finding[], lineText: (line: number) => string): void {
  for (const f of findings) {
    const allow = allowCommentOn(lineText(f.line)) ?? (f.line > 1 ? allowCommentOn(lineText(f.line - 1)) : undefined);
    if (!allow) continue;
    if (allow.reason !== undefined) f.suppression = { kind: 'inline', reason: allow.reason };
    else f.message += MISSING_REASON_NOTE;
  }
}
