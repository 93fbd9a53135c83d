// A finding's name within one report, for "this control rests on that finding" links. It is
// built from the rule and the place only, never from the value: unlike the fingerprint (which
// is withheld from public output without a user key) it can be printed anywhere.
import type { Finding } from './types.js';

export function findingRef(f: Pick<Finding, 'ruleId' | 'path' | 'line' | 'column'>): string {
  return `${f.ruleId}@${f.path}:${f.line}:${f.column}`;
}
