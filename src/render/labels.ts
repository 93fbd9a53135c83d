// Words and symbols shared by the renderers, so every format says the same thing.
import type { ControlStatus } from '../controls/types.js';
import type { FindingCategory, Severity } from '../scanners/types.js';
import type { Level } from '../scorecard/scorecard.js';

export const STATUS_SYMBOL: Record<ControlStatus, string> = {
  pass: '✅',
  fail: '❌',
  warn: '⚠️',
  waived: '⏸️',
  not_applicable: '➖',
};

export const STATUS_WORD: Record<ControlStatus, string> = {
  pass: 'pass',
  fail: 'FAIL',
  warn: 'warn',
  waived: 'waived',
  not_applicable: 'n/a',
};

export const LEVEL_TEXT: Record<Level, string> = {
  prototype: 'prototype: does not yet meet the experiment bar',
  experiment: 'experiment: fine to try, not to depend on',
  beta: 'beta: safe for early users',
  production: 'production: meets the full bar',
};

/** What a kind of scanner finding risks and how to fix it, for rule help texts. */
export const FINDING_HELP: Record<FindingCategory, { risk: string; fix: string }> = {
  secret: {
    risk: 'A secret in the tree is a secret in every clone, fork, log and backup.',
    fix: 'Rotate the credential, delete it from the file and read it at run time from a secret store or a managed identity; mark a deliberate test fixture with `readiness-gate:allow <reason>`.',
  },
  'secret-logging': {
    risk: 'A secret written to a log is readable by everyone who can read the logs, and kept as long as they are.',
    fix: 'Log the event and a trace id, never the credential or the connection string.',
  },
  image: {
    risk: 'A `:latest` or untagged image changes under you: what was tested is not what runs.',
    fix: 'Deploy an immutable tag (a version or git SHA), better still a digest (image@sha256:...).',
  },
  hardening: {
    risk: 'A root, writable, privileged container turns one bug into a node compromise.',
    fix: 'Set runAsNonRoot, allowPrivilegeEscalation: false, readOnlyRootFilesystem and resource limits.',
  },
};

/** GitHub code scanning's security-severity scale: over 9 critical, 7 to 8.9 high, 4 to 6.9 medium, under 4 low. */
export const SECURITY_SEVERITY: Record<Severity, number> = { critical: 9.5, high: 8, medium: 5.5, low: 2 };
