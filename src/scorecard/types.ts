// The shape every verdict item shares, per workload control or for the repository:
// what was decided, why it matters, where the evidence is, and how to fix it.
import type { ControlStatus, Evidence } from '../controls/types.js';

/** P0 blocks promotion now; P1 must be fixed before general availability; P2 is advice. */
export type Priority = 'P0' | 'P1' | 'P2';

/** Evidence as reports carry it: when it is a scanner finding, `finding` is that finding's fingerprint. */
export interface ResultEvidence extends Evidence {
  finding?: string;
}

export interface VerdictItem {
  title: string;
  status: ControlStatus;
  priority?: Priority;
  blocking: boolean;
  message: string;
  risk: string;
  evidence: ResultEvidence[];
  remediation: string[];
}
