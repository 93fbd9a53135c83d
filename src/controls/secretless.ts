import type { Control } from './types.js';
import { pass } from './types.js';

export const secretlessControl: Control = {
  id: 'secretless',
  title: 'No hardcoded secrets',
  risk: 'A secret in the tree is a secret in every clone, fork, log and backup; it must be rotated, not just deleted.',
  evaluate(ctx) {
    const relevant = ctx.facts.findings.filter((f) => f.category === 'secret' || f.category === 'secret-logging');
    const blocking = relevant.filter((f) => ctx.isBlocking(f));
    const lower = relevant.filter((f) => !f.suppression && !ctx.isBlocking(f));
    const evidenceOf = (list: typeof relevant) =>
      list.map((f) => ({ path: f.path, line: f.line, detail: f.redacted ? `${f.message}: ${f.redacted}` : f.message }));
    const remediation = [
      'Rotate each exposed credential now: it is in the history even after the line is deleted.',
      'Read secrets at run time through the managed identity (Key Vault, Secrets Manager, Secret Manager) or a Kubernetes secretKeyRef.',
      'Never log a credential or a connection string; log the event and a trace id instead.',
      'If a value is a deliberate test fixture, add `readiness-gate:allow <reason>` on its line or record it in the baseline.',
    ];
    // Files the scan could not read are named; a text-like one hides from the scan, so at
    // production tier it blocks unless the policy says warn (findings.unscanned).
    const unscanned = ctx.facts.unscannedFiles ?? [];
    const unscannedEvidence = unscanned.map((u) => ({ path: u.path, detail: `not scanned for secrets (${UNSCANNED_WHY[u.reason]})` }));
    const hiding = unscanned.filter((u) => u.textLike);
    if (!blocking.length && hiding.length && ctx.workload.manifest.tier === 'production' && ctx.policy.unscannedFiles === 'block') {
      return { status: 'fail', message: `Promotion blocked: ${hiding.length} text-like file${hiding.length > 1 ? 's' : ''} in workload '${ctx.workload.name}' could not be scanned for secrets.`, evidence: unscannedEvidence, remediation: UNSCANNED_FIX };
    }
    if (blocking.length) {
      const secrets = blocking.filter((f) => f.category === 'secret').length;
      const logged = blocking.length - secrets;
      const parts = [secrets ? `${secrets} hardcoded secret${secrets > 1 ? 's' : ''}` : '', logged ? `${logged} secret-bearing value${logged > 1 ? 's' : ''} written to logs` : ''].filter(Boolean);
      return { status: 'fail', message: `Promotion blocked: ${parts.join(' and ')} in workload '${ctx.workload.name}'.`, evidence: [...evidenceOf(blocking), ...unscannedEvidence], remediation };
    }
    if (lower.length) {
      return { status: 'warn', message: `${lower.length} secret-like value${lower.length > 1 ? 's' : ''} in test, example or docs files of workload '${ctx.workload.name}'.`, evidence: [...evidenceOf(lower), ...unscannedEvidence], remediation };
    }
    if (unscanned.length) {
      return { status: 'warn', message: `${unscanned.length} file${unscanned.length > 1 ? 's' : ''} of workload '${ctx.workload.name}' could not be scanned for secrets.`, evidence: unscannedEvidence, remediation: UNSCANNED_FIX };
    }
    const suppressed = relevant.length;
    return pass(suppressed ? `No unaccepted secrets (${suppressed} accepted by allow comment or baseline).` : 'No hardcoded secrets found in the workload\'s files.');
  },
};

const UNSCANNED_WHY = { unreadable: 'unreadable', binary: 'binary content', 'too-large': 'over the 64 MiB hard cap' } as const;

const UNSCANNED_FIX = [
  'Make each named file readable text (UTF-8, UTF-16 or UTF-32), or move it out of the workload\'s paths.',
  'Keep keystores and binary key material out of the repository; load them from a secret store at run time.',
  'If a file is known to be safe, list it under ignore_paths in the base branch\'s policy, or set findings.unscanned: warn there.',
];
