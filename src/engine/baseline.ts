// The baseline: fingerprints of accepted, pre-existing findings. Matching findings are still
// reported, marked as suppressed by the baseline; they never vanish from the output.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ConfigurationFailure } from '../errors.js';
import type { Finding } from '../scanners/types.js';
import { resolveInside } from '../workspace/paths.js';

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

export function loadBaseline(root: string, configured?: string): Map<string, string> {
  const rel = configured ?? DEFAULT_BASELINE_PATH;
  const inside = resolveInside(root, '', rel);
  if (!inside.ok) throw new ConfigurationFailure([{ file: rel, message: `baseline path ${inside.reason}`, hint: 'keep the baseline inside the repository' }]);
  const full = path.join(root, inside.path);
  if (!existsSync(full)) {
    if (configured) throw new ConfigurationFailure([{ file: rel, message: 'baseline file not found', hint: 'create it with `readiness-gate baseline`' }]);
    return new Map();
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(full, 'utf8'));
  } catch (error) {
    throw new ConfigurationFailure([{ file: rel, message: `baseline is not valid JSON: ${(error as Error).message}`, hint: 'regenerate it with `readiness-gate baseline`' }]);
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
    const reason = accepted.get(f.fingerprint);
    if (reason !== undefined && !f.suppression) f.suppression = { kind: 'baseline', reason };
  }
}

/** The baseline for the current findings: secrets only, sorted, so it diffs cleanly. */
export function buildBaseline(findings: Finding[]): Baseline {
  const entries = findings
    .filter((f) => (f.category === 'secret' || f.category === 'secret-logging') && f.suppression?.kind !== 'inline')
    .map((f) => ({ fingerprint: f.fingerprint, ruleId: f.ruleId, path: f.path, reason: 'accepted in baseline' }));
  const unique = [...new Map(entries.map((e) => [e.fingerprint, e])).values()];
  unique.sort((a, b) => a.path.localeCompare(b.path) || a.ruleId.localeCompare(b.ruleId) || a.fingerprint.localeCompare(b.fingerprint));
  return { version: 1, findings: unique };
}

export function writeBaseline(file: string, baseline: Baseline): void {
  writeFileSync(file, `${JSON.stringify(baseline, null, 2)}\n`);
}
