// Whether one finding blocks under the policy, and why: the policy's reading of a scanner fact.
import type { Finding } from '../scanners/types.js';
import type { Policy } from './policy.js';

export interface FindingVerdict {
  blocking: boolean;
  reason: string;
}

const CONFIDENCE_WORDS = { verified: 'a verified credential', provider: 'a provider-shaped token', generic: 'a generic match' } as const;

/**
 * Suppressed findings never block. A finding in source blocks. In a context the policy lists as
 * non-blocking (tests, examples, docs by default) a finding is reported only, unless it is verified
 * (checksum, well-formed private key) and `block_verified_everywhere` holds.
 */
export function findingVerdict(f: Finding, policy: Pick<Policy, 'nonBlockingContexts' | 'blockVerifiedEverywhere'>): FindingVerdict {
  if (f.suppression) return { blocking: false, reason: `accepted (${f.suppression.kind}): ${f.suppression.reason}` };
  const what = f.confidence ? CONFIDENCE_WORDS[f.confidence] : 'a finding';
  if (f.context === 'source') return { blocking: true, reason: `${what} in source blocks` };
  if (!policy.nonBlockingContexts.includes(f.context)) {
    return { blocking: true, reason: `${what} in ${placeOf(f, 'short')} blocks: the policy does not list '${f.context}' in findings.non_blocking_contexts` };
  }
  if (f.confidence === 'verified' && policy.blockVerifiedEverywhere) return { blocking: true, reason: `${what} blocks in every context, ${f.context} files included (findings.block_verified_everywhere)` };
  return { blocking: false, reason: `reported only: ${what} in ${placeOf(f, 'long')} (findings.non_blocking_contexts)` };
}

/** Where the finding counts as sitting: its file's context, or the comment or typed value that set it. */
function placeOf(f: Finding, form: 'short' | 'long'): string {
  if (f.commented) return form === 'short' ? 'a comment (docs)' : 'a comment, read as docs';
  if (f.typed && f.context === 'example') {
    return form === 'short' ? 'a typed value (example)' : 'a typed value (counting sequence or repeated character), read as an example';
  }
  return `${f.context} files`;
}
