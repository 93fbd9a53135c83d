// Secret scanner entry point: hardcoded credentials, secret logging and inline allow comments.
import type { Finding, SourceFile } from '../types.js';
import { compileCustomRules as compile, type CustomRuleSpec } from './custom.js';
import type { SecretRule } from './rule.js';
import { BUILTIN_RULES } from './rules/index.js';
import { RuleSet, scanWithRuleSet } from './scan.js';

export type { CustomRuleSpec } from './custom.js';
export type { RuleExamples, RuleFamily, SecretRule } from './rule.js';
export { redact } from './redact.js';
export { checkRegexSafety } from './regex-safety.js';
export { SECRET_LOG_RULE_ID } from './scan.js';

export interface SecretScanOptions {
  /** HMAC key for fingerprints and redaction hashes; a policy may set its own. */
  fingerprintKey?: string;
  customRules?: CustomRuleSpec[];
}

/** Every built-in rule, one module per provider family, the generic assignment rule last. */
export const SECRET_RULES: readonly SecretRule[] = BUILTIN_RULES;

const BUILTIN_IDS: ReadonlySet<string> = new Set(SECRET_RULES.map((r) => r.id).concat('secret-in-log'));

/** Compile custom rules; invalid or ReDoS-prone patterns are rejected with a message. */
export function compileCustomRules(specs: CustomRuleSpec[]): { rules: SecretRule[]; errors: string[] } {
  return compile(specs, BUILTIN_IDS);
}

let builtinSet: RuleSet | undefined;
const customSets = new WeakMap<CustomRuleSpec[], RuleSet>();

function ruleSetFor(options: SecretScanOptions | undefined): RuleSet {
  builtinSet ??= new RuleSet(SECRET_RULES);
  const specs = options?.customRules;
  if (!specs || specs.length === 0) return builtinSet;
  let set = customSets.get(specs);
  if (!set) {
    // Invalid custom rules are reported by compileCustomRules at policy load; here they are skipped.
    set = new RuleSet([...SECRET_RULES, ...compileCustomRules(specs).rules]);
    customSets.set(specs, set);
  }
  return set;
}

/**
 * Scan one file for hardcoded secrets and secret logging. Findings are sorted by line, column and
 * rule id, carry a redacted preview and a keyed fingerprint, and never contain the secret.
 */
export function scanSecrets(file: SourceFile, options?: SecretScanOptions): Finding[] {
  return scanWithRuleSet(file, ruleSetFor(options), { fingerprintKey: options?.fingerprintKey });
}
