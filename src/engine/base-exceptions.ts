// Exceptions need review: a waiver, an inline allow comment or a baseline entry that the pull
// request adds (or a waiver it extends) is listed as "new exception, needs review" and does not
// count until it is merged (or, for a waiver, approved in review when the policy allows it).
// What the base already had keeps counting, as the base had it.
import { loadManifestText, type Workload } from '../manifest/load.js';
import type { Waiver } from '../manifest/schema.js';
import { fingerprintOf } from '../report/redact-report.js';
import type { NewException } from '../report/types.js';
import { scanSecrets, type SecretScanOptions } from '../scanners/secrets/index.js';
import type { Finding } from '../scanners/types.js';
import { classifyContext } from '../workspace/context.js';
import type { FileSource } from '../workspace/file-source.js';
import { DEFAULT_YAML_LIMITS } from '../yaml/safe-yaml.js';
import { DEFAULT_BASELINE_PATH, parseBaseline, readBaselineText } from './baseline.js';
import type { ApprovalVerdict } from './waiver-approval.js';

export interface ExceptionReview {
  /** The workloads with only the waivers the base had (an extended waiver keeps the base's terms). */
  workloads: Workload[];
  newExceptions: NewException[];
}

/**
 * Waivers: each head waiver counts only as far as the base manifest already granted it, unless
 * `approve` (the policy's approval in review) says a reviewer it names approved the head commit.
 */
export async function reviewWaivers(root: string, base: FileSource, workloads: readonly Workload[], approve?: (waiver: Waiver) => Promise<ApprovalVerdict>): Promise<ExceptionReview> {
  const newExceptions: NewException[] = [];
  const reviewed: Workload[] = [];
  for (const workload of workloads) {
    const baseWaivers = baseManifestWaivers(root, base, workload.manifestPath);
    const kept: Waiver[] = [];
    for (const [i, waiver] of workload.manifest.waivers.entries()) {
      const granted = baseWaivers.find((b) => b.control === waiver.control);
      const same = granted && granted.approver === waiver.approver && waiver.expires <= granted.expires;
      if (same) {
        kept.push(waiver);
        continue;
      }
      const extended = granted && waiver.expires > granted.expires;
      const what = granted ? (extended ? `extended to ${waiver.expires}` : 'changed') : 'added';
      const place = { kind: 'waiver' as const, path: workload.manifestPath, line: workload.lineOf(['waivers', i]), workload: workload.name };
      const approval = await approve?.(waiver);
      if (approval?.counts) {
        kept.push(waiver);
        newExceptions.push({ ...place, approvedBy: approval.by, detail: `Exception approved in review: the waiver of ${waiver.control} for workload '${workload.name}' is ${what} in this PR and counts: ${approval.by} approved the head commit.` });
        continue;
      }
      if (granted) kept.push(granted);
      const still = granted ? (extended ? ` (the base's, to ${granted.expires}, still counts)` : " (the base's still counts)") : '';
      const until = approval ? ` until merged or approved in review: ${approval.why}` : ' until merged';
      newExceptions.push({ ...place, detail: `New exception, needs review: the waiver of ${waiver.control} for workload '${workload.name}' is ${what}${still} in this PR and does not count${until}.` });
    }
    reviewed.push(kept.length === workload.manifest.waivers.length && kept.every((w, i) => w === workload.manifest.waivers[i]) ? workload : { ...workload, manifest: { ...workload.manifest, waivers: kept } });
  }
  return { workloads: reviewed, newExceptions };
}

function baseManifestWaivers(root: string, base: FileSource, manifestPath: string): Waiver[] {
  const read = base.read(manifestPath, DEFAULT_YAML_LIMITS.maxBytes);
  if (!read.ok) return [];
  return loadManifestText(root, manifestPath, read.text).workload?.manifest.waivers ?? [];
}

/**
 * Inline allow comments: a finding the head accepts inline counts as accepted only when the
 * base's copy of the file accepts the same finding (same fingerprint) inline. Otherwise its
 * suppression is removed and it is listed.
 */
export function reviewInlineAllows(base: FileSource, findings: Finding[], secrets: SecretScanOptions, maxFileBytes: number): NewException[] {
  const byPath = new Map<string, Finding[]>();
  for (const f of findings) if (f.suppression?.kind === 'inline') byPath.set(f.path, [...(byPath.get(f.path) ?? []), f]);
  const listed: NewException[] = [];
  for (const [path, inline] of byPath) {
    const read = base.read(path, maxFileBytes);
    const accepted = new Set<string>();
    if (read.ok) {
      for (const f of scanSecrets({ path, text: read.text, context: classifyContext(path) }, secrets)) {
        const fp = fingerprintOf(f);
        if (f.suppression?.kind === 'inline' && fp) accepted.add(fp);
      }
    }
    for (const f of inline) {
      const fp = fingerprintOf(f);
      if (fp && accepted.has(fp)) continue;
      listed.push({ kind: 'inline-allow', path, line: f.line, detail: `New exception, needs review: the inline allow comment at ${path}:${f.line} (${f.ruleId}) is added in this PR and does not count until merged.` });
      delete f.suppression;
    }
  }
  return listed;
}

/** Baseline entries in the head's baseline file that the base's does not have (they are not applied). */
export function reviewBaselineEntries(head: FileSource, baseAccepted: Map<string, string>, configured: string | undefined): { listed: NewException[]; notice?: string } {
  let text: string | undefined;
  try {
    text = readBaselineText(head, configured);
  } catch {
    return { listed: [], notice: 'The baseline file as changed in this PR does not load; the base commit\'s baseline applies.' };
  }
  if (text === undefined) return { listed: [] };
  const rel = configured ?? DEFAULT_BASELINE_PATH;
  let headEntries: Map<string, string>;
  try {
    headEntries = parseBaseline(rel, text);
  } catch {
    return { listed: [], notice: 'The baseline file as changed in this PR does not load; the base commit\'s baseline applies.' };
  }
  const added = [...headEntries.keys()].filter((fp) => !baseAccepted.has(fp));
  return {
    listed: added.length
      ? [{ kind: 'baseline-entry', path: rel, detail: `New exception, needs review: ${added.length} baseline entr${added.length === 1 ? 'y is' : 'ies are'} added in this PR and do${added.length === 1 ? 'es' : ''} not count until merged.` }]
      : [],
  };
}

/** All three reviews against the base, in the order suppressions are decided (inline first). */
export async function reviewExceptions(
  root: string,
  base: FileSource,
  head: FileSource,
  workloads: readonly Workload[],
  findings: Finding[],
  settings: { secrets: SecretScanOptions; maxFileBytes: number; baseline?: string; baseAccepted: Map<string, string>; approve?: (waiver: Waiver) => Promise<ApprovalVerdict> },
): Promise<ExceptionReview & { notices: string[] }> {
  const inline = reviewInlineAllows(base, findings, settings.secrets, settings.maxFileBytes);
  const waivers = await reviewWaivers(root, base, workloads, settings.approve);
  const baseline = reviewBaselineEntries(head, settings.baseAccepted, settings.baseline);
  return { workloads: waivers.workloads, newExceptions: [...waivers.newExceptions, ...inline, ...baseline.listed], notices: baseline.notice ? [baseline.notice] : [] };
}
