// The pod specs inside Kubernetes objects, by kind: where the containers and their settings are.
import type { Node, YAMLMap } from 'yaml';
import { asMap, get, getIn, positionOf, seqItems, stringMap, stringValue, type AstContext } from '../../yaml/ast.js';
import { ARGO_WORKFLOW_KINDS, CORE_WORKLOAD_KINDS, POD_TEMPLATE_PATHS, TEKTON_KINDS, KNATIVE_KINDS, RUN_TO_COMPLETION_KINDS, familyOf, kubeObjects, type KubeObject } from '../shared/kube-objects.js';

export { CORE_WORKLOAD_KINDS, RUN_TO_COMPLETION_KINDS, familyOf, kubeObjects, type KubeObject };

export type ContainerRole = 'container' | 'init' | 'ephemeral' | 'sidecar' | 'step';

export interface ContainerNode {
  node: YAMLMap;
  role: ContainerRole;
  /** Display name: the container's name, or the Argo template / Tekton step name. */
  name: string;
  /** Native sidecar: an init container with restartPolicy Always (it keeps running; probes apply). */
  restartAlways: boolean;
}

/** One pod's worth of containers plus the pod-level settings that govern them. */
export interface PodView {
  object: KubeObject;
  labels: Record<string, string>;
  /** Pod-level securityContext maps, most specific first. */
  podSecurityContexts: YAMLMap[];
  /** Maps that may carry hostNetwork / hostPID / hostIPC. */
  hostSources: YAMLMap[];
  /** Volume items (each a map with name + source). */
  volumes: YAMLMap[];
  containers: ContainerNode[];
  runToCompletion: boolean;
  /** Tekton stepTemplate: defaults merged into each step. */
  stepTemplate?: YAMLMap;
}

function mapsOf(ctx: AstContext, nodes: (Node | undefined)[]): YAMLMap[] {
  const out: YAMLMap[] = [];
  for (const node of nodes) {
    const map = asMap(ctx, node);
    if (map) out.push(map);
  }
  return out;
}

function containerList(ctx: AstContext, seq: Node | undefined, role: ContainerRole, prefix = ''): ContainerNode[] {
  const out: ContainerNode[] = [];
  seqItems(ctx, seq).forEach((item, index) => {
    const node = asMap(ctx, item);
    if (!node) return;
    const own = stringValue(ctx, get(ctx, node, 'name')) ?? `${role}-${index}`;
    out.push({
      node,
      role,
      name: prefix ? `${prefix}/${own}` : own,
      restartAlways: role === 'init' && stringValue(ctx, get(ctx, node, 'restartPolicy')) === 'Always',
    });
  });
  return out;
}

function podSpecView(
  ctx: AstContext,
  object: KubeObject,
  podSpec: Node | undefined,
  labels: Record<string, string>,
): PodView | undefined {
  const spec = asMap(ctx, podSpec);
  if (!spec) return undefined;
  return {
    object,
    labels,
    podSecurityContexts: mapsOf(ctx, [get(ctx, spec, 'securityContext')]),
    hostSources: [spec],
    volumes: mapsOf(ctx, seqItems(ctx, get(ctx, spec, 'volumes'))),
    containers: [
      ...containerList(ctx, get(ctx, spec, 'initContainers'), 'init'),
      ...containerList(ctx, get(ctx, spec, 'containers'), 'container'),
      ...containerList(ctx, get(ctx, spec, 'ephemeralContainers'), 'ephemeral'),
    ],
    runToCompletion: RUN_TO_COMPLETION_KINDS.has(object.kind),
  };
}

function argoTemplateViews(ctx: AstContext, object: KubeObject, workflowSpec: Node | undefined): PodView[] {
  const spec = asMap(ctx, workflowSpec);
  if (!spec) return [];
  const views: PodView[] = [];
  const workflowLabels = stringMap(ctx, getIn(ctx, spec, ['podMetadata', 'labels']));
  const defaults = asMap(ctx, get(ctx, spec, 'templateDefaults'));
  for (const item of seqItems(ctx, get(ctx, spec, 'templates'))) {
    const template = asMap(ctx, item);
    if (!template) continue;
    const templateName = stringValue(ctx, get(ctx, template, 'name')) ?? '<template>';
    const containers: ContainerNode[] = [];
    for (const key of ['container', 'script'] as const) {
      const node = asMap(ctx, get(ctx, template, key));
      if (node) containers.push({ node, role: 'container', name: templateName, restartAlways: false });
    }
    containers.push(
      ...containerList(ctx, getIn(ctx, template, ['containerSet', 'containers']), 'container', templateName),
      ...containerList(ctx, get(ctx, template, 'initContainers'), 'init', templateName),
      ...containerList(ctx, get(ctx, template, 'sidecars'), 'sidecar', templateName),
    );
    if (containers.length === 0) continue;
    views.push({
      object,
      labels: { ...workflowLabels, ...stringMap(ctx, getIn(ctx, template, ['metadata', 'labels'])) },
      podSecurityContexts: mapsOf(ctx, [
        get(ctx, template, 'securityContext'),
        get(ctx, defaults, 'securityContext'),
        get(ctx, spec, 'securityContext'),
      ]),
      hostSources: [spec],
      volumes: mapsOf(ctx, [
        ...seqItems(ctx, get(ctx, spec, 'volumes')),
        ...seqItems(ctx, get(ctx, template, 'volumes')),
        ...seqItems(ctx, getIn(ctx, template, ['containerSet', 'volumes'])),
      ]),
      containers,
      runToCompletion: true,
    });
  }
  return views;
}

function tektonTaskSpecView(
  ctx: AstContext,
  object: KubeObject,
  taskSpec: Node | undefined,
  podTemplate: Node | undefined,
  prefix: string,
): PodView | undefined {
  const spec = asMap(ctx, taskSpec);
  if (!spec) return undefined;
  const pod = asMap(ctx, podTemplate);
  const containers = [
    ...containerList(ctx, get(ctx, spec, 'steps'), 'step', prefix),
    ...containerList(ctx, get(ctx, spec, 'sidecars'), 'sidecar', prefix),
  ];
  if (containers.length === 0) return undefined;
  const view: PodView = {
    object,
    labels: stringMap(ctx, getIn(ctx, spec, ['metadata', 'labels'])),
    podSecurityContexts: mapsOf(ctx, [get(ctx, pod, 'securityContext')]),
    hostSources: pod ? [pod] : [],
    volumes: mapsOf(ctx, [...seqItems(ctx, get(ctx, spec, 'volumes')), ...seqItems(ctx, get(ctx, pod, 'volumes'))]),
    containers,
    runToCompletion: true,
  };
  const stepTemplate = asMap(ctx, get(ctx, spec, 'stepTemplate'));
  if (stepTemplate) view.stepTemplate = stepTemplate;
  return view;
}

function tektonPipelineViews(
  ctx: AstContext,
  object: KubeObject,
  pipelineSpec: Node | undefined,
  podTemplate: Node | undefined,
): PodView[] {
  const views: PodView[] = [];
  for (const key of ['tasks', 'finally']) {
    for (const item of seqItems(ctx, get(ctx, pipelineSpec, key))) {
      const taskName = stringValue(ctx, get(ctx, item, 'name')) ?? '<task>';
      const view = tektonTaskSpecView(ctx, object, get(ctx, item, 'taskSpec'), podTemplate, taskName);
      if (view) views.push(view);
    }
  }
  return views;
}

/** Every pod-shaped thing in an object, with the pod-level settings that apply to it. */
export function podViews(ctx: AstContext, object: KubeObject): PodView[] {
  const family = familyOf(object.apiVersion, object.kind);
  const root = object.node;
  switch (family) {
    case 'core': {
      if (object.kind === 'Pod') {
        const view = podSpecView(ctx, object, get(ctx, root, 'spec'), stringMap(ctx, getIn(ctx, root, ['metadata', 'labels'])));
        return view ? [view] : [];
      }
      const path = POD_TEMPLATE_PATHS[object.kind];
      if (!path) return [];
      const template = getIn(ctx, root, path);
      const view = podSpecView(ctx, object, get(ctx, template, 'spec'), stringMap(ctx, getIn(ctx, template, ['metadata', 'labels'])));
      return view ? [view] : [];
    }
    case 'argo-rollout':
    case 'knative': {
      if (object.kind === 'Revision') {
        const view = podSpecView(ctx, object, get(ctx, root, 'spec'), stringMap(ctx, getIn(ctx, root, ['metadata', 'labels'])));
        return view ? [view] : [];
      }
      const template = getIn(ctx, root, ['spec', 'template']);
      const view = podSpecView(ctx, object, get(ctx, template, 'spec'), stringMap(ctx, getIn(ctx, template, ['metadata', 'labels'])));
      return view ? [view] : [];
    }
    case 'argo-workflow': {
      const spec = object.kind === 'CronWorkflow' ? getIn(ctx, root, ['spec', 'workflowSpec']) : get(ctx, root, 'spec');
      return argoTemplateViews(ctx, object, spec);
    }
    case 'tekton': {
      const spec = get(ctx, root, 'spec');
      switch (object.kind) {
        case 'Task':
        case 'ClusterTask': {
          const view = tektonTaskSpecView(ctx, object, spec, undefined, '');
          return view ? [view] : [];
        }
        case 'TaskRun': {
          const view = tektonTaskSpecView(ctx, object, get(ctx, spec, 'taskSpec'), get(ctx, spec, 'podTemplate'), '');
          return view ? [view] : [];
        }
        case 'Pipeline':
          return tektonPipelineViews(ctx, object, spec, undefined);
        case 'PipelineRun':
          return tektonPipelineViews(
            ctx,
            object,
            get(ctx, spec, 'pipelineSpec'),
            getIn(ctx, spec, ['taskRunTemplate', 'podTemplate']) ?? get(ctx, spec, 'podTemplate'),
          );
        default:
          return [];
      }
    }
    default:
      return [];
  }
}

/** Kinds listed as deployables: everything that runs containers. */
export function isWorkload(object: KubeObject): boolean {
  const family = familyOf(object.apiVersion, object.kind);
  if (family === 'other') return false;
  if (family === 'tekton') return object.kind !== 'StepAction';
  return object.kind !== 'PodTemplate';
}
