// Organisation-specific rules from policy: validated and compiled into the same shape as built-ins.
import type { Severity } from '../types.js';
import { compileLinear, LinearRegExp, UnsupportedPatternError } from './linear-regexp.js';
import type { SecretRule } from './rule.js';

export interface CustomRuleSpec {
  id: string;
  description?: string;
  /**
   * A regular expression source in the syntax JavaScript and RE2 share (look-behinds without
   * groups, no look-aheads or backreferences); a leading `(?i)` makes it case-insensitive. Group 1,
   * if any, is the secret.
   * It runs on RE2, in time linear in the file.
   */
  pattern: string;
  /** Lower-cased literals; the rule runs only on files containing one. Omitted: every file. */
  keywords?: string[];
  severity?: Severity;
}

const ID = /^[a-z0-9][a-z0-9.-]{1,63}$/;
const SEVERITIES = new Set<Severity>(['critical', 'high', 'medium', 'low']);

/**
 * Compile custom rules. Invalid specs and patterns RE2 cannot run are rejected with a message
 * naming the rule; the valid ones are returned, their patterns on the linear-time engine.
 */
export function compileCustomRules(specs: CustomRuleSpec[], reservedIds: ReadonlySet<string> = new Set()): { rules: SecretRule[]; errors: string[] } {
  const rules: SecretRule[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  for (const spec of specs) {
    const label = typeof spec?.id === 'string' && spec.id ? `custom rule '${spec.id}'` : 'custom rule';
    if (typeof spec?.id !== 'string' || !ID.test(spec.id)) {
      errors.push(`${label}: id must be 2-64 characters of a-z, 0-9, '.' and '-', starting with a letter or digit`);
      continue;
    }
    if (reservedIds.has(spec.id)) {
      errors.push(`${label}: id clashes with a built-in rule`);
      continue;
    }
    if (seen.has(spec.id)) {
      errors.push(`${label}: id is declared twice`);
      continue;
    }
    if (typeof spec.pattern !== 'string' || spec.pattern.length === 0) {
      errors.push(`${label}: pattern must be a non-empty string`);
      continue;
    }
    if (spec.severity !== undefined && !SEVERITIES.has(spec.severity)) {
      errors.push(`${label}: severity must be one of critical, high, medium, low`);
      continue;
    }
    const keywords = spec.keywords ?? [];
    if (!Array.isArray(keywords) || keywords.some((k) => typeof k !== 'string' || k.trim() === '' || /[^\x20-\x7e]/.test(k))) {
      errors.push(`${label}: keywords must be non-empty ASCII strings`);
      continue;
    }
    let source = spec.pattern;
    let flags = '';
    if (source.startsWith('(?i)')) {
      source = source.slice(4);
      flags = 'i';
    }
    let pattern: LinearRegExp;
    try {
      new RegExp(source, flags);
    } catch (e) {
      errors.push(`${label}: invalid regular expression: ${(e as Error).message}`);
      continue;
    }
    try {
      pattern = new LinearRegExp(source, flags);
    } catch (e) {
      if (!(e instanceof UnsupportedPatternError)) throw e;
      errors.push(`${label}: pattern uses syntax the linear-time engine (RE2) does not support: ${e.message}; look-aheads, backreferences and groups inside look-behinds are not available, and repeat counts stop at 1000`);
      continue;
    }
    if (pattern.test('')) {
      errors.push(`${label}: pattern matches the empty string`);
      continue;
    }
    seen.add(spec.id);
    const groups = compileLinear(source, flags).groupCount();
    rules.push(
      Object.freeze({
        id: spec.id,
        family: 'custom',
        description: spec.description?.trim() || `Custom rule ${spec.id}`,
        severity: spec.severity ?? 'high',
        keywords: keywords.map((k) => k.toLowerCase()),
        pattern,
        secretGroup: groups > 0 ? 1 : 0,
      }) as SecretRule,
    );
  }
  return { rules, errors };
}
