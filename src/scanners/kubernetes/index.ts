// Kubernetes facts from one file: per-container hardening checks, NetworkPolicies and the
// workloads it deploys; plus the deployables of Dockerfiles and compose files.
import type { ContainerFacts, Deployable, NetworkPolicyFacts, SourceFile } from '../types.js';
import { scanDockerfile } from '../images/dockerfile.js';
import { baseName, classifyPath, isCiKind } from '../images/formats.js';
import { composeServices, isComposeShaped } from '../images/yaml-images.js';
import {
  get,
  parseYamlCached,
  getIn,
  lineOf,
  seqItems,
  stringMap,
  stringValue,
  type AstContext,
} from './ast.js';
import { hardeningChecks } from './hardening.js';
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

export function parseObjects(file: SourceFile): ParsedObjects[] {
  const kind = classifyPath(file.path);
  if (kind === 'other' || kind === 'dockerfile' || kind === 'github-workflow' || kind === 'github-action') return [];
  if (kind === 'compose' || kind === 'helm-values' || isCiKind(kind)) return [];
  if (!/apiVersion/.test(file.text) || !/kind/.test(file.text)) return [];
  const parsed = parseYamlCached(file.path, file.text);
  const out: ParsedObjects[] = [];
  for (const { doc } of parsed.documents) {
    // A document with syntax errors (Helm templates, broken YAML) gives no reliable facts.
    if (doc.errors.length > 0 || !doc.contents) continue;
    const ctx: AstContext = { doc, lineCounter: parsed.lineCounter, text: file.text };
    const objects = kubeObjects(ctx, doc.contents);
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
  const lines = file.text.split(/\r\n|\r|\n/);
  for (let index = 0; index < lines.length; index++) {
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

export function scanKubernetes(file: SourceFile): KubernetesFacts {
  const facts: KubernetesFacts = { containers: [], networkPolicies: [], deployables: [] };
  if (classifyPath(file.path) === 'helm-template' && /\{\{/.test(file.text)) {
    try {
      facts.deployables = templateDeployables(file);
    } catch {
      // never throw
    }
    return facts;
  }
  let parsed: ParsedObjects[];
  try {
    parsed = parseObjects(file);
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

/** A name for a Dockerfile deployable: `Dockerfile.worker` → worker, `api/Dockerfile` → api. */
export function dockerfileName(path: string): string {
  const base = baseName(path);
  const suffix = /^(?:dockerfile|containerfile)[._-](.+)$/i.exec(base);
  if (suffix) return suffix[1]!;
  const prefix = /^(.+)[._-](?:dockerfile|containerfile)$/i.exec(base);
  if (prefix) return prefix[1]!;
  const parts = path.replace(/\\/g, '/').split('/').filter(Boolean);
  return parts.length >= 2 ? parts[parts.length - 2]! : base;
}

function composeDeployables(file: SourceFile): Deployable[] {
  const parsed = parseYamlCached(file.path, file.text);
  const out: Deployable[] = [];
  for (const { doc } of parsed.documents) {
    if (doc.errors.length > 0 || !doc.contents) continue;
    const ctx: AstContext = { doc, lineCounter: parsed.lineCounter, text: file.text };
    for (const service of composeServices(ctx, doc.contents, true)) {
      out.push({ path: file.path, line: lineOf(ctx, service.keyNode) ?? 1, kind: 'compose-service', name: service.name });
    }
  }
  return out;
}

/**
 * Everything in the file that gets deployed: one entry per Dockerfile (at the FROM of its final
 * stage, or line 1), per compose service (with `image:` or only `build:`), per Kubernetes workload.
 */
export function scanDeployables(file: SourceFile): Deployable[] {
  try {
    const kind = classifyPath(file.path);
    if (kind === 'dockerfile') {
      const { stages } = scanDockerfile(file);
      const last = stages[stages.length - 1];
      return [{ path: file.path, line: last?.line ?? 1, kind: 'dockerfile', name: dockerfileName(file.path) }];
    }
    if (kind === 'compose') return composeDeployables(file);
    const deployables = scanKubernetes(file).deployables;
    if (deployables.length === 0 && kind === 'yaml' && /^services\s*:/m.test(file.text)) {
      // A compose file under another name (stack.yml): only when it has the compose shape.
      return composeShapedDeployables(file);
    }
    return deployables;
  } catch {
    return [];
  }
}

function composeShapedDeployables(file: SourceFile): Deployable[] {
  const parsed = parseYamlCached(file.path, file.text);
  const out: Deployable[] = [];
  for (const { doc } of parsed.documents) {
    if (doc.errors.length > 0 || !doc.contents) continue;
    const ctx: AstContext = { doc, lineCounter: parsed.lineCounter, text: file.text };
    if (!isComposeShaped(ctx, doc.contents)) continue;
    for (const service of composeServices(ctx, doc.contents, false)) {
      out.push({ path: file.path, line: lineOf(ctx, service.keyNode) ?? 1, kind: 'compose-service', name: service.name });
    }
  }
  return out;
}
