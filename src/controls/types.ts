// A control: one rule of the production bar, evaluated for one workload.
import type { Workload } from '../manifest/load.js';
import { joinWorkspacePath } from '../workspace/paths.js';
import type { ControlId } from '../manifest/schema.js';
import type { Policy } from '../policy/policy.js';
import type { ContainerFacts, Finding, ImageReference, NetworkPolicyFacts } from '../scanners/types.js';
import type { UnscannedFile } from '../workspace/read-file.js';

export type ControlStatus = 'pass' | 'fail' | 'warn' | 'waived' | 'not_applicable';

export interface Evidence {
  path?: string;
  line?: number;
  detail: string;
}

/** What a control decides on its own, before the scorecard applies profiles and waivers. */
export interface ControlOutcome {
  status: 'pass' | 'fail' | 'warn' | 'not_applicable';
  message: string;
  evidence: Evidence[];
  remediation: string[];
}

/** Facts that belong to one workload: the scan results for the files it owns. */
export interface WorkloadFacts {
  files: string[];
  findings: Finding[];
  images: ImageReference[];
  containers: ContainerFacts[];
  /** Every NetworkPolicy in the repository: a policy may live beside the platform config. */
  networkPolicies: NetworkPolicyFacts[];
  /** The workload's files the secret scan could not read (absent means none). */
  unscannedFiles?: UnscannedFile[];
}

/** Read-only view of the repository for claims that need checking against files. */
export interface RepoView {
  exists(relPath: string): boolean;
  readText(relPath: string): string | undefined;
}

export interface ControlContext {
  workload: Workload;
  policy: Policy;
  facts: WorkloadFacts;
  repo: RepoView;
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

export function pass(message: string, evidence: Evidence[] = []): ControlOutcome {
  return { status: 'pass', message, evidence, remediation: [] };
}

export function notApplicable(message: string): ControlOutcome {
  return { status: 'not_applicable', message, evidence: [], remediation: [] };
}

export function manifestEvidence(ctx: ControlContext, keyPath: (string | number)[], detail: string): Evidence {
  return { path: ctx.workload.manifestPath, line: ctx.workload.lineOf(keyPath), detail };
}

/** Joins a manifest-relative path onto the manifest's directory. */
export function manifestRelative(ctx: ControlContext, relPath: string): string {
  return joinWorkspacePath(ctx.workload.dir, relPath);
}
