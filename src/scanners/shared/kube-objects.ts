// Kubernetes objects in a YAML document, by kind. Shared by the image scanner (which objects
// hold containers) and the Kubernetes facts (pod specs, hardening), so neither imports the other.
import type { Node, YAMLMap } from 'yaml';
import { asMap, get, positionOf, seqItems, stringValue, type AstContext } from '../../yaml/ast.js';

export interface KubeObject {
  node: YAMLMap;
  apiVersion: string;
  kind: string;
  name: string;
  line: number;
}

/** Where the controllers keep their pod template, relative to the object. */
export const POD_TEMPLATE_PATHS: Record<string, readonly string[]> = {
  Deployment: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  ReplicationController: ['spec', 'template'],
  Job: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
  PodTemplate: ['template'],
  DeploymentConfig: ['spec', 'template'], // OpenShift
};

export const CORE_WORKLOAD_KINDS = new Set([
  'Pod',
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'ReplicationController',
  'Job',
  'CronJob',
]);
export const ARGO_WORKFLOW_KINDS = new Set([
  'Workflow',
  'WorkflowTemplate',
  'ClusterWorkflowTemplate',
  'CronWorkflow',
]);
export const TEKTON_KINDS = new Set(['Task', 'ClusterTask', 'TaskRun', 'Pipeline', 'PipelineRun', 'StepAction']);
export const KNATIVE_KINDS = new Set(['Service', 'Configuration', 'Revision']);

/** Kinds whose containers run to completion: liveness/readiness probes do not apply. */
export const RUN_TO_COMPLETION_KINDS = new Set([
  'Job',
  'CronJob',
  ...ARGO_WORKFLOW_KINDS,
  ...TEKTON_KINDS,
]);

export type Family = 'core' | 'argo-workflow' | 'argo-rollout' | 'tekton' | 'knative' | 'other';

export function familyOf(apiVersion: string, kind: string): Family {
  const group = apiVersion.includes('/') ? apiVersion.split('/')[0]! : '';
  if (group === 'argoproj.io') {
    if (kind === 'Rollout') return 'argo-rollout';
    if (ARGO_WORKFLOW_KINDS.has(kind)) return 'argo-workflow';
    return 'other';
  }
  if (group === 'tekton.dev' || group.endsWith('.tekton.dev')) return 'tekton';
  if (group === 'serving.knative.dev' && KNATIVE_KINDS.has(kind)) return 'knative';
  if (CORE_WORKLOAD_KINDS.has(kind) || kind in POD_TEMPLATE_PATHS) return 'core';
  return 'other';
}

/**
 * Objects in a document: the root when it has apiVersion+kind, the items of a `kind: List`
 * (and `*List` kinds), and the objects of an OpenShift Template.
 */
export function kubeObjects(ctx: AstContext, root: Node | undefined | null, depth = 0): KubeObject[] {
  const map = asMap(ctx, root);
  if (!map || depth > 4) return [];
  const apiVersion = stringValue(ctx, get(ctx, map, 'apiVersion'));
  const kind = stringValue(ctx, get(ctx, map, 'kind'));
  if (!apiVersion || !kind) return [];
  if (kind === 'List' || (kind.endsWith('List') && get(ctx, map, 'items'))) {
    return seqItems(ctx, get(ctx, map, 'items')).flatMap((item) => kubeObjects(ctx, item, depth + 1));
  }
  const out: KubeObject[] = [];
  const metadata = get(ctx, map, 'metadata');
  const name =
    stringValue(ctx, get(ctx, metadata, 'name')) ??
    stringValue(ctx, get(ctx, metadata, 'generateName')) ??
    '<unnamed>';
  out.push({ node: map, apiVersion, kind, name, line: positionOf(ctx, map)?.line ?? 1 });
  if (kind === 'Template' && apiVersion.includes('openshift')) {
    for (const item of seqItems(ctx, get(ctx, map, 'objects'))) out.push(...kubeObjects(ctx, item, depth + 1));
  }
  return out;
}

