// The last step of a check: every string in the report passes through the same redaction as
// findings, whether it came from a scanned file, a manifest field, the policy or a file name,
// so no renderer (text, JSON, markdown, SARIF, summary, annotations) can print a secret.
// Unkeyed fingerprints are taken out of the report's public data: with the built-in key anyone
// could confirm a guessed password offline by hashing it. They stay reachable in-process
// (fingerprintOf) for the baseline and the base-to-head comparison.
import type { Finding } from '../scanners/types.js';
import { joinWorkspacePath } from '../workspace/paths.js';
import { secretPieces, textRedactor } from '../scanners/secrets/redact-text.js';
import type { Report } from './types.js';

/** Symbol-keyed, so JSON.stringify and structured clones leave it out. */
const INTERNAL_FINGERPRINT = Symbol.for('readiness-gate/internal-fingerprint');

type WithInternal = Finding & { [INTERNAL_FINGERPRINT]?: string };

export interface RedactionSources {
  /** Parsed manifests, the resolved policy: every string in them is a candidate. */
  values: unknown[];
  /** A user-supplied fingerprint key was used: fingerprints are safe to publish. */
  keyedFingerprints: boolean;
  /** Manifest directories: a manifest path value is printed joined onto its manifest's directory. */
  dirs?: string[];
}

export function redactReport(report: Report, sources: RedactionSources): Report {
  const known = new Set<string>();
  const dirs = [...new Set(['', ...(sources.dirs ?? [])])];
  for (const value of sources.values) {
    for (const s of stringsIn(value)) {
      for (const piece of secretPieces(s)) {
        known.add(piece);
        // Controls print manifest paths normalised and joined onto the manifest's directory.
        for (const dir of dirs) known.add(joinWorkspacePath(dir, piece));
      }
    }
  }
  const redactString = textRedactor(known);
  const redacted = mapStrings(report, redactString) as Report;
  redacted.findings = redacted.findings.map((f, i) => withPublicFingerprint(f, report.findings[i]!.fingerprint, sources.keyedFingerprints));
  return redacted;
}

/** The fingerprint for matching inside this process: the public one, or the withheld one. */
export function fingerprintOf(finding: Finding): string | undefined {
  return finding.fingerprint ?? (finding as WithInternal)[INTERNAL_FINGERPRINT];
}

function withPublicFingerprint(finding: Finding, fingerprint: string | undefined, keyed: boolean): Finding {
  if (keyed || fingerprint === undefined) return { ...finding, ...(fingerprint !== undefined ? { fingerprint } : {}) };
  const { fingerprint: _withheld, ...rest } = finding;
  const out: WithInternal = rest;
  Object.defineProperty(out, INTERNAL_FINGERPRINT, { value: fingerprint, enumerable: false });
  return out;
}

/** Keys whose values are made by the gate from hashes and are already safe. */
const SAFE_KEYS = new Set(['fingerprint', 'redacted']);

function mapStrings(value: unknown, f: (s: string) => string): unknown {
  if (typeof value === 'string') return f(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = SAFE_KEYS.has(k) ? v : mapStrings(v, f);
    return out;
  }
  return value;
}

function* stringsIn(value: unknown, depth = 0): Generator<string> {
  if (depth > 64) return;
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const v of value) yield* stringsIn(v, depth + 1);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      yield k;
      yield* stringsIn(v, depth + 1);
    }
  }
}
