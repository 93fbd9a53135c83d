// Secret scanner entry point: hardcoded credentials, secret logging and inline allow comments.
import type { Finding, SourceFile } from '../types.js';
import { compileCustomRules as compile, type CustomRuleSpec } from './custom.js';
import type { SecretRule } from './rule.js';
import { BUILTIN_RULES } from './rules/index.js';
import { RuleSet, scanWithRuleSet, SECRET_LOG_RULE_ID } from './scan.js';

export type { CustomRuleSpec } from './custom.js';
export type { RuleFamily, SecretRule } from './rule.js';
export { redact } from './redact.js';
export { SECRET_LOG_RULE_ID } from './scan.js';

export interface SecretScanOptions {
  /** HMAC key for fingerprints and redaction hashes; a policy may set its own. */
  fingerprintKey?: string;
  customRules?: CustomRuleSpec[];
  /** Built-in rules not to run, as `secrets/<id>` (the policy's findings.disable_rules). */
  disabledRules?: readonly string[];
}

/** Every built-in rule, one module per provider or format (rules/<provider>.ts), the generic assignment rule near the end. */
export const SECRET_RULES: readonly SecretRule[] = BUILTIN_RULES;

const BUILTIN_IDS: ReadonlySet<string> = new Set(SECRET_RULES.map((r) => r.id).concat('secret-in-log'));

/** Every built-in rule id as findings carry it (`secrets/<id>`), the secret-logging check included. */
export function builtinRuleIds(): string[] {
  return [...BUILTIN_IDS].map((id) => `secrets/${id}`);
}

/** Compile custom rules onto the linear-time engine; invalid patterns and syntax RE2 lacks are rejected with a message. */
export function compileCustomRules(specs: CustomRuleSpec[]): { rules: SecretRule[]; errors: string[] } {
  return compile(specs, BUILTIN_IDS);
}

let builtinSet: RuleSet | undefined;
const customSets = new WeakMap<CustomRuleSpec[], RuleSet>();
/** Rule sets without some built-in rules, by the sorted list of disabled ids (one policy: one entry). */
const reducedSets = new Map<string, { specs: CustomRuleSpec[] | undefined; set: RuleSet }>();

function ruleSetFor(options: SecretScanOptions | undefined): RuleSet {
  const specs = options?.customRules;
  const disabled = options?.disabledRules ?? [];
  if (disabled.length > 0) {
    const key = [...disabled].sort().join('\n');
    const cached = reducedSets.get(key);
    if (cached && cached.specs === specs) return cached.set;
    const off = new Set(disabled);
    const builtins = SECRET_RULES.filter((r) => !off.has(`secrets/${r.id}`));
    const set = new RuleSet([...builtins, ...(specs?.length ? compileCustomRules(specs).rules : [])]);
    if (reducedSets.size > 16) reducedSets.clear();
    reducedSets.set(key, { specs, set });
    return set;
  }
  builtinSet ??= new RuleSet(SECRET_RULES);
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
  const logging = !options?.disabledRules?.includes(SECRET_LOG_RULE_ID);
  return scanWithRuleSet(file, ruleSetFor(options), { fingerprintKey: options?.fingerprintKey, logging });
}
