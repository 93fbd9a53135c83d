// Kubernetes facts from one file: per-container hardening checks, NetworkPolicies and the
// workloads it deploys. Dockerfile and compose deployables are ../deployables.ts's.
import type { ContainerFacts, Deployable, NetworkPolicyFacts, SourceFile } from '../types.js';
import { isCiKind, type PathKind } from '../shared/formats.js';
import { literalFinder } from '../../util/literal-search.js';
import { parseSource, type ParsedSource } from '../shared/source.js';
import {
  get,
  getIn,
  lineOf,
  seqItems,
  stringMap,
  stringValue,
  type AstContext,
} from '../../yaml/ast.js';
import { hardeningChecks } from './hardening.js';
import { splitLines } from '../shared/split-lines.js';
import { CORE_WORKLOAD_KINDS, isWorkload, kubeObjects, podViews, type KubeObject } from './objects.js';

export { RUN_TO_COMPLETION_KINDS } from './objects.js';

export interface KubernetesFacts {
  containers: ContainerFacts[];
  networkPolicies: NetworkPolicyFacts[];
  deployables: Deployable[];
}

export interface ParsedObjects {
  ctx: AstContext;
  objects: KubeObject[];
}

/** Whether files of this kind can hold Kubernetes objects (the others are not read for them). */
export function mayHoldObjects(kind: PathKind): boolean {
  if (kind === 'other' || kind === 'dockerfile' || kind === 'github-workflow' || kind === 'github-action') return false;
  return !(kind === 'compose' || kind === 'helm-values' || isCiKind(kind));
}

/** `/apiVersion/.test(text)`, through a probe from its rare `V` (see literal-search.ts). */
const API_VERSION = literalFinder('apiVersion', 'api'.length);

export function parseObjects(file: SourceFile, source: ParsedSource): ParsedObjects[] {
  if (!mayHoldObjects(source.kind)) return [];
  if (API_VERSION(file.text) < 0 || !file.text.includes('kind')) return [];
  const out: ParsedObjects[] = [];
  for (const { ctx, broken } of source.yaml().documents) {
    // A document with syntax errors (Helm templates, broken YAML) gives no reliable facts.
    if (broken || !ctx.doc.contents) continue;
    const objects = kubeObjects(ctx, ctx.doc.contents);
    if (objects.length > 0) out.push({ ctx, objects });
  }
  return out;
}

function networkPolicy(ctx: AstContext, file: SourceFile, object: KubeObject): NetworkPolicyFacts {
  const selector = getIn(ctx, object.node, ['spec', 'podSelector']);
  const podSelector = stringMap(ctx, get(ctx, selector, 'matchLabels'));
  // `key In [value]` selects exactly like a matchLabels entry; other expressions are not representable.
  for (const expression of seqItems(ctx, get(ctx, selector, 'matchExpressions'))) {
    const key = stringValue(ctx, get(ctx, expression, 'key'));
    const operator = stringValue(ctx, get(ctx, expression, 'operator'));
    const values = seqItems(ctx, get(ctx, expression, 'values')).map((value) => stringValue(ctx, value));
    if (key && operator === 'In' && values.length === 1 && values[0] !== undefined && !(key in podSelector)) {
      podSelector[key] = values[0];
    }
  }
  return { path: file.path, line: object.line, name: object.name, podSelector };
}

function isNetworkPolicy(object: KubeObject): boolean {
  return (
    object.kind === 'NetworkPolicy' &&
    (object.apiVersion.startsWith('networking.k8s.io/') || object.apiVersion.startsWith('extensions/'))
  );
}

const TEMPLATE_WORKLOAD_KINDS = new Set([...CORE_WORKLOAD_KINDS, 'Rollout']);

/**
 * Helm templates are not YAML: their security settings usually arrive through `toYaml`, so no
 * hardening facts are derived from them. Their workloads still count as deployed (by a line scan
 * for a top-level `kind:` and the `name:` under `metadata:`; the name may be a template).
 */
function templateDeployables(file: SourceFile): Deployable[] {
  const out: Deployable[] = [];
  // Only a line that starts with `kind:` starts a workload.
  if (!/^kind:/m.test(file.text)) return out;
  const lines = splitLines(file.text);
  for (let index = 0; index < lines.length; index++) {
    if (!lines[index]!.startsWith('kind:')) continue;
    const kind = /^kind:\s*["']?([A-Za-z]+)["']?\s*(?:#.*)?$/.exec(lines[index]!)?.[1];
    if (!kind || !TEMPLATE_WORKLOAD_KINDS.has(kind)) continue;
    let start = index;
    while (start > 0 && !/^---/.test(lines[start - 1]!)) start--;
    let name = '<templated>';
    let inMetadata = false;
    for (let cursor = start; cursor < lines.length && !/^---/.test(lines[cursor]!); cursor++) {
      const line = lines[cursor]!;
      if (/^metadata:\s*$/.test(line)) inMetadata = true;
      else if (/^\S/.test(line) && !/^\{\{/.test(line)) inMetadata = false;
      const match = inMetadata ? /^ {2}name:\s*(.+?)\s*$/.exec(line) : undefined;
      if (match) {
        name = match[1]!.replace(/^["']|["']$/g, '');
        break;
      }
    }
    let line = start;
    while (line < index && (lines[line]!.trim() === '' || /^\s*(#|\{\{)/.test(lines[line]!))) line++;
    out.push({ path: file.path, line: line + 1, kind: 'kubernetes', name: `${kind}/${name}` });
  }
  return out;
}

/** `source`: the file's shared parse (scan-file hands the same one to every scanner). */
export function scanKubernetes(file: SourceFile, source: ParsedSource = parseSource(file)): KubernetesFacts {
  const facts: KubernetesFacts = { containers: [], networkPolicies: [], deployables: [] };
  if (source.kind === 'helm-template' && /\{\{/.test(file.text)) {
    try {
      facts.deployables = templateDeployables(file);
    } catch {
      // never throw
    }
    return facts;
  }
  let parsed: ParsedObjects[];
  try {
    parsed = parseObjects(file, source);
  } catch {
    return facts;
  }
  for (const { ctx, objects } of parsed) {
    for (const object of objects) {
      try {
        if (isNetworkPolicy(object)) {
          facts.networkPolicies.push(networkPolicy(ctx, file, object));
          continue;
        }
        if (!isWorkload(object)) continue;
        const views = podViews(ctx, object);
        if (views.length === 0) continue;
        facts.deployables.push({ path: file.path, line: object.line, kind: 'kubernetes', name: `${object.kind}/${object.name}` });
        for (const view of views) {
          for (const container of view.containers) {
            if (container.role === 'ephemeral') continue; // debugging containers: no resources, no probes
            facts.containers.push({
              path: file.path,
              line: lineOf(ctx, container.node) ?? object.line,
              kind: object.kind,
              name: object.name,
              container: container.name,
              labels: view.labels,
              checks: hardeningChecks(ctx, view, container),
            });
          }
        }
      } catch {
        // One odd object must not hide the rest of the file.
      }
    }
  }
  return facts;
}
