// The scanners' contract: pure functions from one file's text to facts about it.
// Facts are plain JSON (they cross worker-thread boundaries) and never hold a full secret.

import type { FileContext } from '../workspace/context.js';

/** Where a file sits, so policy can rank findings in fixtures and docs lower. */
export type { FileContext };

/** One file as the scanners see it: workspace-relative POSIX path and its decoded text. */
export interface SourceFile {
  path: string;
  text: string;
  context: FileContext;
  /**
   * The text holds the file's bytes one per character (latin1) rather than decoded UTF-8: the
   * tree scan reads non-ASCII files this way when no format reader claims them. Only the secret
   * scanner acts on such files, and it decodes what it reports (values, names, columns).
   */
  byteString?: boolean;
  /**
   * The bytes the text was read from, when the reader has them and they are the text's own: its
   * exact UTF-8 (ASCII, or valid UTF-8), or for a byte string one byte per character. The keyword
   * pass copies them instead of encoding the text again. A view of the reader's reused buffer, so
   * valid only while this file is scanned: never keep it.
   */
  fileBytes?: Uint8Array;
}

export type Severity = 'critical' | 'high' | 'medium' | 'low';

/**
 * How sure a secret finding is, as a fact about its shape (policy decides what blocks):
 * `verified`: the value proves its kind (a provider checksum that matches, a private key whose body
 * is a well-formed key); `provider`: a provider's documented token shape; `generic`: a literal
 * assigned to a secret-named key, a manifest literal, a connection-string password, a logged name.
 */
export type Confidence = 'verified' | 'provider' | 'generic';

export type FindingCategory = 'secret' | 'secret-logging' | 'image' | 'hardening';

export interface Suppression {
  kind: 'inline' | 'baseline' | 'policy';
  reason: string;
}

export interface Finding {
  /** Stable rule id, e.g. `secrets/aws-access-key-id` or `images/latest-tag`. */
  ruleId: string;
  category: FindingCategory;
  severity: Severity;
  path: string;
  /** 1-based line and column of the start of the match. */
  line: number;
  column: number;
  /** Human-readable and safe to print: never contains the secret itself. */
  message: string;
  /** Secrets only: a short preview (a few leading characters, the length, a hash). */
  redacted?: string;
  /** Stable across edits elsewhere in the file: rule + path + keyed hash of the value, never the line. */
  fingerprint?: string;
  context: FileContext;
  /** Present when an inline allow comment or the baseline accepts the finding. It is still reported. */
  suppression?: Suppression;
  /** Other lines the finding rests on (the kustomization entry that renames an image, a Chart.yaml). */
  related?: Location[];
  /** Secrets only: a generic match on a comment line (commented-out configuration), hence context `docs`. */
  commented?: true;
  /** Secrets only: a value typed by hand (counting sequences, one character repeated), hence context `example` in source. */
  typed?: true;
  /** Secrets only: how sure the finding is (see Confidence). */
  confidence?: Confidence;
  /** Secrets only, set by the engine: whether the finding blocks under the policy in effect, and why. */
  blocking?: boolean;
  blockingReason?: string;
  /** Set by the engine after scoring: the highest priority among the failing results that rest on it. */
  priority?: 'P0' | 'P1' | 'P2';
}

export interface Location {
  path: string;
  line: number;
  column: number;
}

export type ImageStatus = 'digest' | 'tagged' | 'latest' | 'untagged' | 'unresolved';

export type ImageSource =
  | 'dockerfile'
  | 'kubernetes'
  | 'argo'
  | 'helm-values'
  | 'kustomize'
  | 'compose'
  | 'github-workflow'
  | 'tekton'
  | 'knative'
  | 'gitlab-ci'
  | 'circleci'
  | 'drone'
  | 'woodpecker'
  | 'bitbucket-pipelines';

export interface ImageReference {
  path: string;
  line: number;
  column: number;
  /** The reference as written after substitution of known defaults (Dockerfile ARG, Helm repo+tag). */
  image: string;
  status: ImageStatus;
  source: ImageSource;
  /** Container, service or stage name when the format has one. */
  container?: string;
  /** A Helm values tag left empty: Helm then uses the chart's appVersion, read from Chart.yaml after the scan. */
  tagFrom?: 'chart-app-version';
  /**
   * Set after the scan when other files decide the version that is deployed: the images entries
   * of the kustomizations that include this file, or the chart's appVersion. `status` is then the
   * deployed one; `image` stays as written.
   */
  deployed?: { image: string; status: ImageStatus; by: Location[] };
}

/** One `images:` entry of a kustomization: `name` is matched, the rest replaces. */
export interface KustomizeImageEntry {
  name: string;
  newName?: string;
  newTag?: string;
  digest?: string;
  line: number;
  column: number;
}

/** What a kustomization file includes and the image overrides it applies, for the tree-level pass. */
export interface KustomizationFacts {
  path: string;
  /** `resources` and `bases` (files or folders) and patch files, as written: relative to the file's folder. */
  resources: string[];
  /** `components` folders: their images entries apply to the including kustomization's resources too. */
  components: string[];
  images: KustomizeImageEntry[];
}

/** A Helm chart's Chart.yaml: where the chart is and the appVersion that empty image tags fall back to. */
export interface ChartFacts {
  path: string;
  appVersion?: string;
  line: number;
  column: number;
}

/** A hardening check on one Kubernetes container; `line` points at the evidence or the container. */
export interface HardeningCheck {
  id:
    | 'run-as-non-root'
    | 'no-privilege-escalation'
    | 'read-only-root-fs'
    | 'not-privileged'
    | 'no-host-namespaces'
    | 'no-host-path'
    | 'resource-requests'
    | 'resource-limits'
    | 'liveness-probe'
    | 'readiness-probe';
  ok: boolean;
  line: number;
  detail: string;
}

export interface ContainerFacts {
  path: string;
  line: number;
  /** Kubernetes kind and name of the owning object, e.g. Deployment/ai-risk-service. */
  kind: string;
  name: string;
  container: string;
  /** Pod template labels, so a NetworkPolicy's podSelector can be matched to it. */
  labels: Record<string, string>;
  checks: HardeningCheck[];
}

export interface NetworkPolicyFacts {
  path: string;
  line: number;
  name: string;
  /** matchLabels of the podSelector; empty means it selects every pod in the namespace. */
  podSelector: Record<string, string>;
}

/** Something that gets deployed; the scorecard lists the ones no manifest covers. */
export interface Deployable {
  path: string;
  line: number;
  kind: 'dockerfile' | 'kubernetes' | 'compose-service';
  name: string;
}

export type TelemetrySignal = 'traces' | 'metrics';

/** A sign in a file that telemetry is really exported: a dependency, an exporter setting or a collector config. */
export interface TelemetryEvidence {
  path: string;
  line: number;
  source: 'dependency' | 'exporter-setting' | 'collector-config';
  /** What was found: the package, the setting's key or the collector's name. */
  name: string;
  signals: TelemetrySignal[];
}

/** A Kubernetes object that makes pods reachable from outside the cluster. */
export interface ExposureFacts {
  path: string;
  line: number;
  /** Kind and name of the object, e.g. Service/api. */
  kind: 'Ingress' | 'Service';
  name: string;
  /** An Ingress, or the Service type that opens a port outside the cluster. */
  via: 'Ingress' | 'LoadBalancer' | 'NodePort';
  /** The annotation that asks the cloud for an internal load balancer, when there is one. */
  internalAnnotation?: string;
}

/**
 * What a path a manifest names turned out to be: `ignored` exists on disk but is not part of the
 * listed repository (ignore rules); `other` is a FIFO, socket or device.
 */
export type PathKind = 'file' | 'directory' | 'symlink' | 'other' | 'unreadable' | 'ignored' | 'missing';

/** A version a data contract carries: in its file name (orders.v2.json) or in a version field. */
export interface ContractVersion {
  value: string;
  from: 'name' | 'field';
  /** Line of the version field; 1 when it comes from the name. */
  line: number;
}

/** A path a manifest names (runbook, data contract, rollback plan, change log), as found. */
export interface ReferencedPath {
  /** Workspace-relative path that was checked. */
  path: string;
  kind: PathKind;
  /** Data contracts only: the version the file carries. */
  version?: ContractVersion;
}

/** Everything the scanners learned from one file. */
export interface FileFacts {
  findings: Finding[];
  images: ImageReference[];
  containers: ContainerFacts[];
  networkPolicies: NetworkPolicyFacts[];
  deployables: Deployable[];
  telemetry: TelemetryEvidence[];
  exposures: ExposureFacts[];
  /** Cross-file facts, resolved by the tree-level pass once every file is scanned. */
  kustomizations: KustomizationFacts[];
  charts: ChartFacts[];
}

export function emptyFacts(): FileFacts {
  return { findings: [], images: [], containers: [], networkPolicies: [], deployables: [], telemetry: [], exposures: [], kustomizations: [], charts: [] };
}
