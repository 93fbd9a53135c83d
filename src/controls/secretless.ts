import type { Finding } from '../scanners/types.js';
import type { UnscannedFile } from '../workspace/read-file.js';
import type { Control, Gap } from './types.js';
import { gapAt, outcomeOf, pass } from './types.js';

const ROTATE = 'Rotate each exposed credential now: it is in the history even after the line is deleted.';
const READ_AT_RUN_TIME = 'Read secrets at run time through the managed identity (Key Vault, Secrets Manager, Secret Manager) or a Kubernetes secretKeyRef.';
const NO_LOGGING = 'Never log a credential or a connection string; log the event and a trace id instead.';
const ACCEPT = 'If a value is a deliberate test fixture, add `readiness-gate:allow <reason>` on its line or record it in the baseline.';

function isSecret(f: Finding): boolean {
  return f.category === 'secret' || f.category === 'secret-logging';
}

/** Evidence per finding, and the fixes its kind needs, ordered as a reader acts on them. */
function gapsOf(list: Finding[]): Gap[] {
  const gaps: Gap[] = list.map((f) => ({
    problem: f.ruleId,
    evidence: { path: f.path, line: f.line, detail: f.redacted ? `${f.message}: ${f.redacted}` : f.message },
    fix: ROTATE,
  }));
  const last = gaps[gaps.length - 1]!.evidence;
  if (list.some((f) => f.category === 'secret')) gaps.push(gapAt(last, READ_AT_RUN_TIME));
  if (list.some((f) => f.category === 'secret-logging')) gaps.push(gapAt(last, NO_LOGGING));
  gaps.push(gapAt(last, ACCEPT));
  return gaps;
}

const UNSCANNED_WHY = { unreadable: 'unreadable', binary: 'binary content', 'too-large': 'over the 64 MiB hard cap' } as const;

const UNSCANNED_FIX = [
  "Make each named file readable text (UTF-8, UTF-16 or UTF-32), or move it out of the workload's paths.",
  'Keep keystores and binary key material out of the repository; load them from a secret store at run time.',
  "If a file is known to be safe, list it under ignore_paths in the base branch's policy, or set findings.unscanned: warn there.",
];

/** Files the scan could not read, each named, with the fixes for unreadable files. */
function unscannedGaps(files: readonly UnscannedFile[]): Gap[] {
  return files.flatMap((u, i) => {
    const evidence = { path: u.path, detail: `not scanned for secrets (${UNSCANNED_WHY[u.reason]})` };
    return i === 0 ? UNSCANNED_FIX.map((fix) => gapAt(evidence, fix)) : [gapAt(evidence, UNSCANNED_FIX[0]!)];
  });
}

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-US')} ${n > 1 ? many : one}`;
}

export const secretlessControl: Control = {
  id: 'secretless',
  title: 'No hardcoded secrets',
  risk: 'A secret in the tree is a secret in every clone, fork, log and backup; it must be rotated, not just deleted.',
  evaluate(ctx) {
    const relevant = ctx.facts.findings.filter(isSecret);
    const blocking = relevant.filter((f) => ctx.isBlocking(f));
    // Files the scan could not read are named; a text-like one hides from the scan, so at
    // production tier it blocks unless the policy says warn (findings.unscanned).
    const unscanned = ctx.facts.unscannedFiles ?? [];
    const hiding = unscanned.filter((u) => u.textLike);
    if (!blocking.length && hiding.length && ctx.workload.manifest.tier === 'production' && ctx.policy.unscannedFiles === 'block') {
      return outcomeOf('fail', `${plural(hiding.length, 'text-like file', 'text-like files')} in workload '${ctx.workload.name}' could not be scanned for secrets.`, unscannedGaps(unscanned));
    }
    if (blocking.length) {
      const secrets = blocking.filter((f) => f.category === 'secret').length;
      const logged = blocking.length - secrets;
      const parts = [secrets ? plural(secrets, 'hardcoded secret', 'hardcoded secrets') : '', logged ? `${plural(logged, 'secret-bearing value', 'secret-bearing values')} written to logs` : ''].filter(Boolean);
      return outcomeOf('fail', `${parts.join(' and ')} in workload '${ctx.workload.name}'.`, [...gapsOf(blocking), ...unscannedGaps(unscanned)]);
    }
    const lower = relevant.filter((f) => !f.suppression);
    if (lower.length) {
      return outcomeOf('warn', `${plural(lower.length, 'secret-like value', 'secret-like values')} in test, example or docs files of workload '${ctx.workload.name}'.`, [...gapsOf(lower), ...unscannedGaps(unscanned)]);
    }
    if (unscanned.length) {
      return outcomeOf('warn', `${plural(unscanned.length, 'file', 'files')} of workload '${ctx.workload.name}' could not be scanned for secrets.`, unscannedGaps(unscanned));
    }
    const suppressed = relevant.length;
    return pass(suppressed ? `No unaccepted secrets (${suppressed} accepted by allow comment or baseline).` : "No hardcoded secrets found in the workload's files.");
  },
};
