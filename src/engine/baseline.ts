// The baseline: fingerprints of accepted, pre-existing findings. Matching findings are still
// reported, marked as suppressed by the baseline; they never vanish from the output.
// Matching uses each finding's fingerprint as the scan made it: keyed with the user's key when
// one is set (READINESS_GATE_FINGERPRINT_KEY), else the built-in key. A baseline written without a
// key holds unkeyed fingerprints; set a key and regenerate it to make them useless for guessing.
import { writeReportFile } from '../util/write-report-file.js';
import { z } from 'zod';
import { ConfigurationFailure } from '../config/failure.js';
import { fingerprintOf } from '../report/redact-report.js';
import type { Finding } from '../scanners/types.js';
import { workspaceSource, type FileSource } from '../workspace/file-source.js';

export const DEFAULT_BASELINE_PATH = '.readiness-gate-baseline.json';

const baselineSchema = z.strictObject({
  version: z.literal(1),
  findings: z.array(
    z.strictObject({
      fingerprint: z.string().regex(/^[0-9a-f]{32}$/),
      ruleId: z.string(),
      path: z.string(),
      reason: z.string().default('accepted in baseline'),
    }),
  ),
});
export type Baseline = z.output<typeof baselineSchema>;

/** A baseline is fingerprints, not code: 8 MiB is tens of thousands of entries. */
export const MAX_BASELINE_BYTES = 8 * 1024 * 1024;

/** `from`: the workspace root, or a FileSource such as the base commit (src/engine/base-source.ts). */
export function loadBaseline(from: string | FileSource, configured?: string): Map<string, string> {
  const text = readBaselineText(from, configured);
  return text === undefined ? new Map() : parseBaseline(configured ?? DEFAULT_BASELINE_PATH, text);
}

/** The baseline file's text; undefined when the default file does not exist. */
export function readBaselineText(from: string | FileSource, configured?: string): string | undefined {
  const rel = configured ?? DEFAULT_BASELINE_PATH;
  const source = typeof from === 'string' ? workspaceSource(from) : from;
  const read = source.read(rel, MAX_BASELINE_BYTES);
  if (!read.ok && read.reason === 'missing' && !configured) return undefined;
  if (!read.ok) {
    if (read.reason === 'outside') throw new ConfigurationFailure([{ file: rel, message: 'baseline path leaves the repository', hint: 'keep the baseline inside the repository' }]);
    const why = read.reason === 'missing' ? 'baseline file not found' : `cannot read the baseline (${read.reason === 'too-large' ? `over ${MAX_BASELINE_BYTES} bytes` : read.reason})`;
    throw new ConfigurationFailure([{ file: rel, message: why, hint: 'create it with `readiness-gate baseline`; it must be a regular file inside the repository' }]);
  }
  return read.text;
}

/** Parses a baseline's text. Errors say where, never what: the file is not a manifest or policy. */
export function parseBaseline(rel: string, text: string): Map<string, string> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    throw new ConfigurationFailure([{ file: rel, message: `baseline is not valid JSON${position ? ` (at character ${position})` : ''}`, hint: 'regenerate it with `readiness-gate baseline`' }]);
  }
  const parsed = baselineSchema.safeParse(data);
  if (!parsed.success) {
    throw new ConfigurationFailure([{ file: rel, message: `baseline does not match the expected format: ${parsed.error.issues[0]?.message ?? ''}`, keyPath: parsed.error.issues[0]?.path.join('.'), hint: 'regenerate it with `readiness-gate baseline`' }]);
  }
  return new Map(parsed.data.findings.map((f) => [f.fingerprint, f.reason]));
}

export function applyBaseline(findings: Finding[], accepted: Map<string, string>): void {
  if (!accepted.size) return;
  for (const f of findings) {
    const fp = fingerprintOf(f);
    const reason = fp === undefined ? undefined : accepted.get(fp);
    if (reason !== undefined && !f.suppression) f.suppression = { kind: 'baseline', reason };
  }
}

/** The baseline for the current findings: secrets only, sorted, so it diffs cleanly. */
export function buildBaseline(findings: Finding[]): Baseline {
  const entries = findings
    .filter((f) => (f.category === 'secret' || f.category === 'secret-logging') && f.suppression?.kind !== 'inline')
    .flatMap((f) => {
      const fingerprint = fingerprintOf(f);
      return fingerprint === undefined ? [] : [{ fingerprint, ruleId: f.ruleId, path: f.path, reason: 'accepted in baseline' }];
    });
  const unique = [...new Map(entries.map((e) => [e.fingerprint, e])).values()];
  unique.sort((a, b) => a.path.localeCompare(b.path) || a.ruleId.localeCompare(b.ruleId) || a.fingerprint.localeCompare(b.fingerprint));
  return { version: 1, findings: unique };
}

export function writeBaseline(file: string, baseline: Baseline): void {
  writeReportFile(file, `${JSON.stringify(baseline, null, 2)}\n`);
}
