// Organisation-specific rules from policy: validated and compiled into the same shape as built-ins.
import type { Severity } from '../types.js';
import { checkRegexSafety } from './regex-safety.js';
import type { SecretRule } from './rule.js';

export interface CustomRuleSpec {
  id: string;
  description?: string;
  /** A JavaScript regular expression source; a leading `(?i)` makes it case-insensitive. Group 1, if any, is the secret. */
  pattern: string;
  /** Lower-cased literals; the rule runs only on files containing one. Omitted: every file. */
  keywords?: string[];
  severity?: Severity;
}

const ID = /^[a-z0-9][a-z0-9.-]{1,63}$/;
const SEVERITIES = new Set<Severity>(['critical', 'high', 'medium', 'low']);

/**
 * Compile custom rules. Invalid specs and patterns that could take super-linear time are rejected
 * with a message naming the rule; the valid ones are returned.
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
    let pattern: RegExp;
    try {
      pattern = new RegExp(source, flags);
    } catch (e) {
      errors.push(`${label}: invalid regular expression: ${(e as Error).message}`);
      continue;
    }
    if (pattern.test('')) {
      errors.push(`${label}: pattern matches the empty string`);
      continue;
    }
    const safety = checkRegexSafety(source, flags);
    if (!safety.safe) {
      errors.push(`${label}: pattern rejected as potentially super-linear (ReDoS): ${safety.reason}`);
      continue;
    }
    seen.add(spec.id);
    const groups = new RegExp(`${source}|`, flags).exec('')?.length ?? 1;
    rules.push(
      Object.freeze({
        id: spec.id,
        family: 'custom',
        description: spec.description?.trim() || `Custom rule ${spec.id}`,
        severity: spec.severity ?? 'high',
        keywords: keywords.map((k) => k.toLowerCase()),
        pattern,
        secretGroup: groups > 1 ? 1 : 0,
      }) as SecretRule,
    );
  }
  return { rules, errors };
}
