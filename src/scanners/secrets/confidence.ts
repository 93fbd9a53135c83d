// How sure a finding is and how loud it is, from the rule's kind, the value's proof and the file's
// context. Facts only: which of them block is the policy's decision (src/policy, the engine).
import type { Confidence, FileContext, Severity } from '../types.js';
import type { RuleFamily, SecretRule } from './rule.js';

/** Families whose rules read a literal by its name or place, not by a provider's token shape. */
const GENERIC_FAMILIES: ReadonlySet<RuleFamily> = new Set(['generic', 'connection-string', 'kubernetes', 'iac', 'password-hash']);

export function confidenceOf(rule: SecretRule, verified: boolean): Confidence {
  if (verified) return 'verified';
  return GENERIC_FAMILIES.has(rule.family) ? 'generic' : 'provider';
}

const RANK: Record<Severity, number> = { low: 1, medium: 2, high: 3, critical: 4 };
const BY_CONFIDENCE: Record<Confidence, Severity> = { verified: 'critical', provider: 'high', generic: 'medium' };

/**
 * Critical: a verified provider credential or private key in source; high: a provider-shaped token;
 * medium: a generic assignment; low: anything in docs, tests and examples. A rule that declares a
 * lower severity (an encrypted key, a test-mode key, a password hash) keeps it.
 */
export function calibratedSeverity(declared: Severity, confidence: Confidence, context: FileContext, custom = false): Severity {
  if (context !== 'source') return 'low';
  // A policy's own rule says how severe its token is.
  if (custom) return declared;
  if (confidence === 'verified') return 'critical';
  const cap = BY_CONFIDENCE[confidence];
  return RANK[declared] < RANK[cap] ? declared : cap;
}
