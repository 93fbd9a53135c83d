// A control: one rule of the production bar, evaluated for one workload from facts alone.
import type { Workload } from '../manifest/load.js';
import { joinWorkspacePath } from '../workspace/paths.js';
import type { ControlId } from '../manifest/schema.js';
import type { Policy } from '../policy/policy.js';
import type {
  ContainerFacts,
  ExposureFacts,
  Finding,
  ImageReference,
  NetworkPolicyFacts,
  ReferencedPath,
  TelemetryEvidence,
} from '../scanners/types.js';
import type { UnscannedFile } from '../workspace/read-file.js';

export type ControlStatus = 'pass' | 'fail' | 'warn' | 'waived' | 'not_applicable';

export interface Evidence {
  path?: string;
  line?: number;
  detail: string;
}

/**
 * What a control decides on its own, before the scorecard applies profiles and waivers. For
 * `fail` and `warn` the message is a clause ("missing diagnostic controls: metrics."): the
 * scorecard says whether it blocks promotion or must be fixed before general availability.
 */
export interface ControlOutcome {
  status: 'pass' | 'fail' | 'warn' | 'not_applicable';
  message: string;
  evidence: Evidence[];
  remediation: string[];
}

/** Facts that belong to one workload: the scan results for the files it owns. */
export interface WorkloadFacts {
  findings: Finding[];
  images: ImageReference[];
  containers: ContainerFacts[];
  /** Every NetworkPolicy in the repository: a policy may live beside the platform config. */
  networkPolicies: NetworkPolicyFacts[];
  telemetry: TelemetryEvidence[];
  exposures: ExposureFacts[];
  /** What each path the manifest names turned out to be. */
  paths: ReferencedPath[];
  /** The workload's files the secret scan could not read (absent means none). */
  unscannedFiles?: UnscannedFile[];
}

export interface ControlContext {
  workload: Workload;
  policy: Policy;
  facts: WorkloadFacts;
  /** A finding blocks unless it is suppressed or sits where policy ranks findings lower. */
  isBlocking(finding: Finding): boolean;
}

export interface Control {
  id: ControlId;
  title: string;
  /** The risk in one sentence: the first thing a failing item says. */
  risk: string;
  evaluate(ctx: ControlContext): ControlOutcome;
}

/** One thing found wrong: what it is (for the message), where (evidence) and its own fix. */
export interface Gap {
  problem: string;
  evidence: Evidence;
  fix: string;
}

export const MAX_EVIDENCE = 20;

/** A gap whose evidence says all there is to say: the message does not list it. */
export function gapAt(evidence: Evidence, fix: string): Gap {
  return { problem: evidence.detail, evidence, fix };
}

export function pass(message: string, evidence: Evidence[] = []): ControlOutcome {
  return { status: 'pass', message, evidence, remediation: [] };
}

export function notApplicable(message: string): ControlOutcome {
  return { status: 'not_applicable', message, evidence: [], remediation: [] };
}

/** Evidence stays bounded: the first entries, then one line counting the rest. */
export function capEvidence(evidence: readonly Evidence[], max = MAX_EVIDENCE): Evidence[] {
  if (evidence.length <= max) return [...evidence];
  return [...evidence.slice(0, max), { detail: `and ${(evidence.length - max).toLocaleString('en-US')} more` }];
}

/** The fixes of the gaps found, each once, in the order the gaps were found. */
export function fixesOf(gaps: readonly Gap[]): string[] {
  return [...new Set(gaps.map((g) => g.fix))];
}

/** Gaps that share an evidence object (one place, several fixes) list it once. */
export function outcomeOf(status: 'fail' | 'warn', message: string, gaps: readonly Gap[]): ControlOutcome {
  return { status, message, evidence: capEvidence([...new Set(gaps.map((g) => g.evidence))]), remediation: fixesOf(gaps) };
}

export function manifestEvidence(ctx: ControlContext, keyPath: (string | number)[], detail: string): Evidence {
  return { path: ctx.workload.manifestPath, line: ctx.workload.lineOf(keyPath), detail };
}

/** Joins a manifest-relative path onto the manifest's directory. */
export function manifestRelative(ctx: ControlContext, relPath: string): string {
  return joinWorkspacePath(ctx.workload.dir, relPath);
}
