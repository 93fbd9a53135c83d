// Tekton specifics the generic Kubernetes walk does not know: documents written without
// apiVersion (catalog tasks, TriggerTemplate resource templates, kind-only Lists) and bundles —
// OCI images holding Task and Pipeline definitions, pulled at run time, so pinning matters.
import type { Node } from 'yaml';
import { asMap, get, positionOf, seqItems, stringValue, type AstContext } from '../../yaml/ast.js';
import { TEKTON_KINDS, type KubeObject } from '../shared/kube-objects.js';

const KIND_ONLY = new Set([...TEKTON_KINDS, 'TriggerTemplate']);

/** Keys whose map names a Task, Pipeline or StepAction to fetch (taskRef, pipelineRef, step ref). */
export const TEKTON_REF_KEYS = new Set(['taskRef', 'pipelineRef']);

/**
 * Tekton objects without apiVersion: the root, or the items of a List (whatever the List's own
 * apiVersion). Objects that do carry apiVersion are left to kubeObjects, so nothing is read twice.
 */
export function kindOnlyTektonObjects(ctx: AstContext, root: Node | undefined | null, depth = 0): KubeObject[] {
  const map = asMap(ctx, root);
  if (!map || depth > 4) return [];
  const kind = stringValue(ctx, get(ctx, map, 'kind'));
  if (kind === 'List') return seqItems(ctx, get(ctx, map, 'items')).flatMap((item) => kindOnlyTektonObjects(ctx, item, depth + 1));
  if (get(ctx, map, 'apiVersion') !== undefined) return [];
  // `kind` alone is a weak signal: also require the spec every Tekton object has.
  if (!kind || !KIND_ONLY.has(kind) || !asMap(ctx, get(ctx, map, 'spec'))) return [];
  const name = stringValue(ctx, get(ctx, get(ctx, map, 'metadata'), 'name')) ?? '<unnamed>';
  return [{ node: map, apiVersion: '', kind, name, line: positionOf(ctx, map)?.line ?? 1 }];
}

/**
 * The value node naming the bundle of a reference map: `bundle:` (older API), or with
 * `resolver: bundles` the `bundle` entry of `params` (or of `resource`, the field's pre-v1
 * name). With a resolver set, Tekton ignores (rejects) a `bundle:` key beside it.
 */
export function bundleNode(ctx: AstContext, ref: Node | undefined): Node | undefined {
  const map = asMap(ctx, ref);
  if (!map) return undefined;
  const resolver = get(ctx, map, 'resolver');
  if (resolver === undefined) return get(ctx, map, 'bundle');
  if (stringValue(ctx, resolver) !== 'bundles') return undefined;
  for (const key of ['params', 'resource']) {
    for (const item of seqItems(ctx, get(ctx, map, key))) {
      if (stringValue(ctx, get(ctx, item, 'name')) === 'bundle') return get(ctx, item, 'value');
    }
  }
  return undefined;
}
