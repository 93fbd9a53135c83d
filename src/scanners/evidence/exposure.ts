// Public exposure from parsed Kubernetes objects: an Ingress, or a Service of type LoadBalancer
// or NodePort. Only objects count, never text in docs or Helm values. Whether exposure is
// allowed is the deployment-boundary control's decision.
import { get, getIn, stringMap, stringValue, type AstContext } from '../../yaml/ast.js';
import { mayHoldObjects, parseObjects } from '../kubernetes/index.js';
import type { ParsedSource } from '../shared/source.js';
import type { KubeObject } from '../kubernetes/objects.js';
import type { ExposureFacts, SourceFile } from '../types.js';
import { literalFinder } from '../../util/literal-search.js';

/** Annotations that make a cloud load balancer internal (AKS, EKS, GKE, OCI, IBM). */
const INTERNAL_LB: Record<string, RegExp> = {
  'service.beta.kubernetes.io/azure-load-balancer-internal': /^true$/i,
  'service.beta.kubernetes.io/aws-load-balancer-internal': /^(true|0\.0\.0\.0\/0)$/i,
  'service.beta.kubernetes.io/aws-load-balancer-scheme': /^internal$/i,
  'networking.gke.io/load-balancer-type': /^internal$/i,
  'cloud.google.com/load-balancer-type': /^internal$/i,
  'service.beta.kubernetes.io/oci-load-balancer-internal': /^true$/i,
  'service.kubernetes.io/ibm-load-balancer-cloud-provider-ip-type': /^private$/i,
};

function internalAnnotation(ctx: AstContext, object: KubeObject): string | undefined {
  const annotations = stringMap(ctx, getIn(ctx, object.node, ['metadata', 'annotations']));
  return Object.keys(INTERNAL_LB).find((key) => annotations[key] !== undefined && INTERNAL_LB[key]!.test(annotations[key]!.trim()));
}

export function exposureOf(ctx: AstContext, path: string, object: KubeObject): ExposureFacts | undefined {
  const at = { path, line: object.line, name: object.name };
  if (object.kind === 'Ingress' && /^(networking\.k8s\.io|extensions)\//.test(object.apiVersion)) {
    return { ...at, kind: 'Ingress', via: 'Ingress' };
  }
  if (object.kind === 'Service' && object.apiVersion === 'v1') {
    const type = stringValue(ctx, get(ctx, get(ctx, object.node, 'spec'), 'type'));
    if (type !== 'LoadBalancer' && type !== 'NodePort') return undefined;
    const internal = type === 'LoadBalancer' ? internalAnnotation(ctx, object) : undefined;
    return { ...at, kind: 'Service', via: type, ...(internal ? { internalAnnotation: internal } : {}) };
  }
  return undefined;
}

/** `/Ingress|Service/.test(text)`: the literals through six-character probes (see literal-search.ts). */
const SERVICE = literalFinder('Service');
const INGRESS = literalFinder('Ingress');

export function scanExposure(file: SourceFile, parsed: ParsedSource): ExposureFacts[] {
  // Helm templates are not YAML until rendered; whether their Ingress exists depends on values.
  if (parsed.kind === 'helm-template' && /\{\{/.test(file.text)) return [];
  // Only files that can hold objects are read for them: no text search in the others.
  if (!mayHoldObjects(parsed.kind)) return [];
  if (SERVICE(file.text) < 0 && INGRESS(file.text) < 0) return [];
  const out: ExposureFacts[] = [];
  try {
    for (const { ctx, objects } of parseObjects(file, parsed)) {
      for (const object of objects) {
        const exposure = exposureOf(ctx, file.path, object);
        if (exposure) out.push(exposure);
      }
    }
  } catch {
    // An odd document gives no facts, never a crash.
  }
  return out;
}
