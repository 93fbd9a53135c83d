// Image references in YAML formats: Kubernetes (and Argo, Tekton, Knative), Helm values,
// Kustomize, docker-compose and GitHub workflows. Reads the AST for exact positions.
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { ImageReference, ImageSource, SourceFile } from '../types.js';
import {
  asMap,
  deref,
  entries,
  get,
  getIn,
  positionOf,
  scalarText,
  seqItems,
  sourceText,
  stringValue,
  type AstContext,
} from '../../yaml/ast.js';
import { familyOf, kubeObjects, type KubeObject } from '../shared/kube-objects.js';
import { composeServices, isComposeShaped } from '../shared/compose.js';
import { isCiKind, type PathKind } from '../shared/formats.js';
import type { ParsedSource } from '../shared/source.js';
import { parseYamlDocuments } from '../../yaml/documents.js';
import { lineImages, type LineOptions } from './lines.js';
import { splitLines } from '../shared/split-lines.js';
import { looksLikeImage } from './reference.js';
import { literalFinder } from '../../util/literal-search.js';
import { bundleNode, kindOnlyTektonObjects, TEKTON_REF_KEYS } from './tekton.js';
import { CI_SOURCE, ciImages } from './ci-images.js';
import { dockerUriRef, imageValue, makeRef, valuePosition } from './yaml-values.js';

type Out = ImageReference[];

// ---------------------------------------------------------------- Kubernetes and friends

const CONTAINER_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers', 'sidecars', 'steps']);
const CONTAINER_MAPS = new Set(['container', 'script', 'stepTemplate']);
const SKIP_KEYS = new Set(['metadata', 'status']);
const SKIP_KINDS = new Set(['CustomResourceDefinition', 'ConfigMap', 'Secret', 'Kustomization', 'Component']);

function sourceFor(object: KubeObject): ImageSource {
  switch (familyOf(object.apiVersion, object.kind)) {
    case 'argo-workflow':
    case 'argo-rollout':
      return 'argo';
    case 'tekton':
      return 'tekton';
    case 'knative':
      return 'knative';
    default:
      return object.apiVersion.startsWith('argoproj.io/') ? 'argo' : object.apiVersion.includes('tekton.dev/') ? 'tekton' : 'kubernetes';
  }
}

/**
 * API groups whose `image` fields are not container images: Cluster API machine templates (VM
 * images), Skaffold artifacts and Shipwright outputs (images being built, not pulled), Flux image
 * automation (repositories to watch), Backstage catalog pictures.
 */
const NOT_CONTAINER_GROUPS =
  /(?:^|\.)(?:cluster\.x-k8s\.io|backstage\.io|metal3\.io|image\.toolkit\.fluxcd\.io|shipwright\.io)$|^skaffold$/;

function apiGroup(apiVersion: string): string {
  return apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.lastIndexOf('/')) : '';
}

/** The sources of an Argo CD Application or ApplicationSet template; undefined for other objects. */
function argoSources(ctx: AstContext, object: KubeObject): Node[] | undefined {
  if ((object.kind !== 'Application' && object.kind !== 'ApplicationSet') || apiGroup(object.apiVersion) !== 'argoproj.io') return undefined;
  const spec = object.kind === 'ApplicationSet' ? getIn(ctx, object.node, ['spec', 'template', 'spec']) : get(ctx, object.node, 'spec');
  return [get(ctx, spec, 'source'), ...seqItems(ctx, get(ctx, spec, 'sources'))].filter((source): source is Node => source !== undefined);
}

/** Helm values embedded in GitOps objects: Flux HelmRelease and Argo CD Application. */
function embeddedValues(ctx: AstContext, object: KubeObject): Node[] | undefined {
  const group = apiGroup(object.apiVersion);
  if (object.kind === 'HelmRelease' && group.endsWith('fluxcd.io')) {
    const values = getIn(ctx, object.node, ['spec', 'values']);
    return values ? [values] : [];
  }
  const sources = argoSources(ctx, object);
  if (!sources) return undefined;
  const out: Node[] = [];
  for (const source of sources) {
    const values = getIn(ctx, source, ['helm', 'valuesObject']);
    if (values) out.push(values);
  }
  return out;
}

/** Argo CD `kustomize.images` overrides: `name=newName:tag`, `name:tag`, `name=newName@digest`. */
function argoKustomizeImages(file: SourceFile, ctx: AstContext, sources: Node[], out: Out): void {
  for (const source of sources) {
    for (const item of seqItems(ctx, getIn(ctx, source, ['kustomize', 'images']))) {
      const text = stringValue(ctx, item);
      const position = positionOf(ctx, item);
      if (text === undefined || !position) continue;
      const start = text.indexOf('=') + 1;
      const image = text.slice(start).trim();
      if (!looksLikeImage(image)) continue;
      const leading = text.length - text.slice(start).trimStart().length;
      // Without a tag or digest the version comes from the manifests being transformed.
      const hasVersion = /@|:[^/]*$/.test(image);
      out.push(makeRef(file, { line: position.line, column: position.column + leading }, image, 'argo', undefined, !hasVersion));
    }
  }
}

function kubernetesImages(file: SourceFile, ctx: AstContext, object: KubeObject, out: Out, source = sourceFor(object)): void {
  if (SKIP_KINDS.has(object.kind)) return;
  if (NOT_CONTAINER_GROUPS.test(apiGroup(object.apiVersion))) return;
  const values = embeddedValues(ctx, object);
  if (values) {
    for (const node of values) valuesImages(file, ctx, node, out);
    const sources = argoSources(ctx, object);
    if (sources) argoKustomizeImages(file, ctx, sources, out);
    return;
  }
  const seen = new Set<Node>();

  const bundle = (ref: Node | undefined, ownerName: string | undefined): void => {
    const value = imageValue(ctx, bundleNode(ctx, ref));
    if (!value || !looksLikeImage(value.text)) return;
    const position = valuePosition(ctx, value.node);
    if (position) out.push(makeRef(file, position, value.text, source, ownerName));
  };

  const visit = (node: Node | undefined, ownerName: string | undefined, depth: number): void => {
    const target = deref(ctx, node);
    if (!target || depth > 40 || seen.has(target)) return;
    seen.add(target);
    if (isSeq(target)) {
      for (const item of target.items) visit(item as Node, ownerName, depth + 1);
      return;
    }
    if (!isMap(target)) return;
    const name = stringValue(ctx, get(ctx, target, 'name'));
    for (const item of entries(ctx, target)) {
      if (SKIP_KEYS.has(item.key)) continue;
      if (item.key === 'image') {
        const value = imageValue(ctx, item.value);
        // Outside a container the key alone proves little: require something image-shaped.
        if (value && looksLikeImage(value.text)) {
          const position = valuePosition(ctx, value.node);
          if (position) out.push(makeRef(file, position, value.text, source, name ?? ownerName));
        }
        continue;
      }
      if (source === 'tekton' && TEKTON_REF_KEYS.has(item.key)) {
        bundle(item.value, name ?? ownerName);
        continue;
      }
      if (CONTAINER_LISTS.has(item.key)) {
        // Argo's `steps` is a list of step groups (lists): their steps may carry `inline` templates.
        for (const child of seqItems(ctx, item.value)) {
          if (isSeq(child)) {
            // Only a step's `inline` template runs a container; `withItems` and arguments are data.
            for (const step of seqItems(ctx, child)) visit(get(ctx, step, 'inline'), name ?? ownerName, depth + 1);
          }
          else visitContainer(child, undefined, depth + 1);
        }
        continue;
      }
      if (CONTAINER_MAPS.has(item.key) && asMap(ctx, item.value)) {
        visitContainer(item.value, name ?? ownerName, depth + 1);
        continue;
      }
      // OpenShift Template objects are scanned as objects of their own.
      if (item.key === 'objects' && object.kind === 'Template') continue;
      visit(item.value, name ?? ownerName, depth + 1);
    }
  };

  const visitContainer = (node: Node | undefined, ownerName: string | undefined, depth: number): void => {
    const map = asMap(ctx, node);
    if (!map || seen.has(map)) return;
    // The container map itself: its `image` is trusted; nested maps are walked normally.
    seen.add(map);
    const name = stringValue(ctx, get(ctx, map, 'name')) ?? ownerName;
    for (const item of entries(ctx, map)) {
      if (item.key === 'image') {
        const value = imageValue(ctx, item.value);
        if (value && value.text !== '') {
          const position = valuePosition(ctx, value.node);
          if (position) out.push(makeRef(file, position, value.text, source, name));
        }
        continue;
      }
      // A Tekton step may run a StepAction fetched from a bundle.
      if (source === 'tekton' && item.key === 'ref') {
        bundle(item.value, name);
        continue;
      }
      if (SKIP_KEYS.has(item.key) || item.key === 'env' || item.key === 'args' || item.key === 'command') continue;
      visit(item.value, name, depth + 1);
    }
  };

  visit(object.node, undefined, 0);
}

// ---------------------------------------------------------------- Kustomize

function kustomizeImages(file: SourceFile, ctx: AstContext, root: Node | undefined, out: Out): void {
  for (const item of seqItems(ctx, get(ctx, root, 'images'))) {
    const nameNode = get(ctx, item, 'name');
    const newNameNode = get(ctx, item, 'newName');
    const name = scalarText(ctx, nameNode);
    const newName = scalarText(ctx, newNameNode);
    const base = (newName ?? name)?.trim();
    if (!base) continue;
    const tag = scalarText(ctx, get(ctx, item, 'newTag'))?.trim();
    const digest = scalarText(ctx, get(ctx, item, 'digest'))?.trim();
    let image = base;
    if (tag) image += `:${tag}`;
    if (digest) image += `@${digest}`;
    // Without newTag or digest the tag comes from the resources being transformed.
    const position = positionOf(ctx, nameNode ?? newNameNode);
    if (!position) continue;
    const baseHasVersion = /@|:[^/]*$/.test(base);
    out.push(makeRef(file, position, image, 'kustomize', name, !tag && !digest && !baseHasVersion));
  }
}

/**
 * Images in a kustomization's inline patches (`patches[].patch`, `patchesJson6902[].patch`, an
 * inline `patchesStrategicMerge` entry): the patch text is read as a file of its own and its
 * positions mapped back into the kustomization.
 */
function kustomizePatchImages(file: SourceFile, ctx: AstContext, root: Node | undefined, out: Out): void {
  const patches: Node[] = [];
  for (const key of ['patches', 'patchesJson6902']) {
    for (const item of seqItems(ctx, get(ctx, root, key))) {
      const patch = get(ctx, item, 'patch');
      if (patch) patches.push(patch);
    }
  }
  for (const item of seqItems(ctx, get(ctx, root, 'patchesStrategicMerge'))) {
    if (stringValue(ctx, item)?.includes('\n')) patches.push(item);
  }
  for (const node of patches) {
    const text = stringValue(ctx, node);
    const start = positionOf(ctx, node);
    if (!text || !start || !/image/.test(text)) continue;
    const block = isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED');
    // A block scalar's content starts on the line after its header, indented; other scalars in place.
    let indent = start.column - 1;
    let lineBase = start.line - 1;
    if (block) {
      const source = sourceText(ctx, node) ?? '';
      const firstContent = source.split('\n').slice(1).find((line) => line.trim() !== '') ?? '';
      indent = firstContent.length - firstContent.trimStart().length;
      lineBase = start.line;
    } else if (text.includes('\n')) {
      continue; // a multi-line quoted patch: positions inside it cannot be mapped back reliably
    }
    const patchFile: SourceFile = { path: file.path, text, context: file.context };
    const patchSource: ParsedSource = { kind: 'yaml', yaml: () => parseYamlDocuments(text) };
    for (const ref of scanYamlImages(patchFile, patchSource)) {
      out.push({ ...ref, line: ref.line + lineBase, column: ref.column + (block || ref.line === 1 ? indent : 0) });
    }
  }
}

// ---------------------------------------------------------------- JSON6902 patches

const IMAGE_PATH = /\/(?:image|containers|initContainers|ephemeralContainers)(?:\/|$)/;

/** A JSON6902 patch (a list of operations): images an `add` or `replace` writes. */
function json6902Images(file: SourceFile, ctx: AstContext, root: Node, out: Out): boolean {
  const ops = seqItems(ctx, root);
  if (ops.length === 0 || !ops.every((op) => stringValue(ctx, get(ctx, op, 'op')) !== undefined && stringValue(ctx, get(ctx, op, 'path')) !== undefined)) return false;
  for (const op of ops) {
    const kind = stringValue(ctx, get(ctx, op, 'op'));
    const path = stringValue(ctx, get(ctx, op, 'path'))!;
    if ((kind !== 'add' && kind !== 'replace') || !IMAGE_PATH.test(path)) continue;
    const valueNode = get(ctx, op, 'value');
    if (/\/image$/.test(path)) {
      const value = imageValue(ctx, valueNode);
      const position = value && looksLikeImage(value.text) ? valuePosition(ctx, value.node) : undefined;
      if (value && position) out.push(makeRef(file, position, value.text, 'kubernetes'));
      continue;
    }
    // A whole container (or list of them) added or replaced.
    for (const container of isSeq(valueNode) ? seqItems(ctx, valueNode) : [valueNode]) {
      const value = imageValue(ctx, get(ctx, container, 'image'));
      const position = value && value.text !== '' ? valuePosition(ctx, value.node) : undefined;
      if (value && position) out.push(makeRef(file, position, value.text, 'kubernetes', stringValue(ctx, get(ctx, container, 'name'))));
    }
  }
  return true;
}

function isKustomization(ctx: AstContext, root: Node | undefined): boolean {
  const kind = stringValue(ctx, get(ctx, root, 'kind'));
  const apiVersion = stringValue(ctx, get(ctx, root, 'apiVersion')) ?? '';
  return (kind === 'Kustomization' || kind === 'Component') && apiVersion.startsWith('kustomize.config.k8s.io/');
}

// ---------------------------------------------------------------- docker-compose

function composeImages(file: SourceFile, ctx: AstContext, root: Node | undefined, byPath: boolean, out: Out): void {
  for (const service of composeServices(ctx, root, byPath)) {
    // With `build:` the image key names what is built here (the Dockerfile's FROM lines are
    // what gets pulled, and the Dockerfile scanner reports them), not a reference to pin.
    if (get(ctx, service.node, 'build') !== undefined) continue;
    const value = imageValue(ctx, get(ctx, service.node, 'image'));
    if (!value || value.text === '') continue;
    const position = valuePosition(ctx, value.node);
    if (position) out.push(makeRef(file, position, value.text, 'compose', service.name));
  }
}

// ---------------------------------------------------------------- GitHub workflows and actions

function dockerUses(file: SourceFile, ctx: AstContext, node: Node | undefined, container: string | undefined, out: Out): void {
  const ref = dockerUriRef(file, ctx, node, 'github-workflow', container);
  if (ref) out.push(ref);
}

function workflowImages(file: SourceFile, ctx: AstContext, root: Node | undefined, out: Out): void {
  for (const job of entries(ctx, get(ctx, root, 'jobs'))) {
    const container = deref(ctx, job.value) ? get(ctx, job.value, 'container') : undefined;
    if (container) {
      const value = isMap(container) ? imageValue(ctx, get(ctx, container, 'image')) : imageValue(ctx, container);
      if (value && value.text !== '') {
        const position = valuePosition(ctx, value.node);
        if (position) out.push(makeRef(file, position, value.text, 'github-workflow', job.key));
      }
    }
    for (const service of entries(ctx, get(ctx, job.value, 'services'))) {
      const serviceNode = deref(ctx, service.value);
      const value = isMap(serviceNode) ? imageValue(ctx, get(ctx, serviceNode, 'image')) : imageValue(ctx, serviceNode);
      if (value && value.text !== '') {
        const position = valuePosition(ctx, value.node);
        if (position) out.push(makeRef(file, position, value.text, 'github-workflow', service.key));
      }
    }
    for (const step of seqItems(ctx, get(ctx, job.value, 'steps'))) {
      const stepName = stringValue(ctx, get(ctx, step, 'id')) ?? stringValue(ctx, get(ctx, step, 'name')) ?? job.key;
      dockerUses(file, ctx, get(ctx, step, 'uses'), stepName, out);
    }
  }
}

function actionImages(file: SourceFile, ctx: AstContext, root: Node | undefined, out: Out): void {
  const runs = get(ctx, root, 'runs');
  if (stringValue(ctx, get(ctx, runs, 'using')) !== 'docker') return;
  dockerUses(file, ctx, get(ctx, runs, 'image'), undefined, out);
  for (const step of seqItems(ctx, get(ctx, runs, 'steps'))) dockerUses(file, ctx, get(ctx, step, 'uses'), undefined, out);
}

// ---------------------------------------------------------------- Helm values

const IMAGE_KEY = /^(?:[A-Za-z_][\w-]*)?image$/i;
/** Free-form maps in values files: their keys are annotation names, not settings. */
const VALUES_SKIP = new Set(['annotations', 'podAnnotations', 'labels', 'podLabels', 'commonLabels', 'commonAnnotations', 'env', 'extraEnv', 'config', 'configuration']);

/**
 * `chart`: the values belong to a chart in this tree (a values file), so an empty tag falls back to
 * that chart's appVersion; values embedded in a HelmRelease or Application belong to a remote chart.
 */
function valuesImages(file: SourceFile, ctx: AstContext, root: Node | undefined, out: Out, chart = false): void {
  const push = (ref: ImageReference, emptyTag: boolean) => {
    if (emptyTag && chart) ref.tagFrom = 'chart-app-version';
    out.push(ref);
  };
  const seen = new Set<Node>();
  const visit = (node: Node | undefined, key: string | undefined, owner: string | undefined, depth: number): void => {
    const target = deref(ctx, node);
    if (!target || depth > 40 || seen.has(target)) return;
    seen.add(target);
    if (isSeq(target)) {
      for (const item of target.items) visit(item as Node, key, owner, depth + 1);
      return;
    }
    if (!isMap(target)) return;
    if (valuesImageBlock(file, ctx, target, key, owner, push)) return;
    const siblings = entries(ctx, target);
    const name = stringValue(ctx, get(ctx, target, 'name'));
    for (const item of siblings) {
      if (VALUES_SKIP.has(item.key)) continue;
      if (IMAGE_KEY.test(item.key)) {
        const value = imageValue(ctx, item.value);
        if (value) {
          if (!looksLikeImage(value.text)) continue;
          const position = valuePosition(ctx, value.node);
          if (!position) continue;
          // Elastic-style split: `image: repo` + `imageTag: 1.2` (or `tag:`) beside it.
          const tagKey = item.key === 'image' ? ['imageTag', 'tag'] : [`${item.key}Tag`];
          const tagNode = tagKey.map((candidate) => get(ctx, target, candidate)).find((candidate) => candidate !== undefined);
          const tag = tagNode !== undefined ? scalarText(ctx, tagNode)?.trim() : undefined;
          const hasVersion = /@|:[^/]*$/.test(value.text);
          let image = value.text;
          if (tag && !hasVersion) image += `:${tag}`;
          const emptyTag = tagNode !== undefined && !tag && !hasVersion;
          push(makeRef(file, position, image, 'helm-values', name ?? owner, emptyTag), emptyTag);
          continue;
        }
      }
      visit(item.value, item.key, IMAGE_KEY.test(item.key) ? owner ?? key : item.key, depth + 1);
    }
  };
  visit(root, undefined, undefined, 0);
}

/** `image: {registry, repository, tag, digest}`; true when the map was one. */
function valuesImageBlock(
  file: SourceFile,
  ctx: AstContext,
  map: Node,
  key: string | undefined,
  owner: string | undefined,
  push: (ref: ImageReference, emptyTag: boolean) => void,
): boolean {
  const imageKey = key !== undefined && IMAGE_KEY.test(key);
  // repository (most charts), repo, image (ingress-nginx: image.image), name (image.name + tag).
  const repoNode =
    get(ctx, map, 'repository') ??
    get(ctx, map, 'repo') ??
    (imageKey && stringValue(ctx, get(ctx, map, 'image')) !== undefined ? get(ctx, map, 'image') : undefined) ??
    (imageKey && get(ctx, map, 'tag') ? get(ctx, map, 'name') : undefined);
  const repoValue = imageValue(ctx, repoNode);
  if (!repoValue) return false;
  // Some charts (Bitnami's older ones) call the tag `version`.
  const tagNode = get(ctx, map, 'tag') ?? (imageKey ? get(ctx, map, 'version') : undefined);
  const digestNode = get(ctx, map, 'digest');
  if (!imageKey && tagNode === undefined && digestNode === undefined) return false;
  const repository = repoValue.text;
  if (repository === '' || !looksLikeImage(repository)) return false;
  const registry = scalarText(ctx, get(ctx, map, 'registry'))?.trim();
  const tag = tagNode !== undefined ? scalarText(ctx, tagNode)?.trim() : undefined;
  const digest = digestNode !== undefined ? scalarText(ctx, digestNode)?.trim() : undefined;
  let image = registry && !repository.startsWith(`${registry}/`) ? `${registry}/${repository}` : repository;
  const hasVersion = /@|:[^/]*$/.test(repository);
  if (tag) image += `:${tag}`;
  if (digest) image += `@${digest}`;
  const position = valuePosition(ctx, repoValue.node);
  if (!position) return false;
  // An empty tag means the chart falls back to its appVersion: not knowable from values alone.
  const emptyTag = !tag && !digest && !hasVersion;
  push(makeRef(file, position, image, 'helm-values', owner, emptyTag), emptyTag);
  return true;
}

// ---------------------------------------------------------------- dispatch

/** A JSON6902 patch file: a list of operations (`[{"op": "replace", "path": ...}]`). */
const JSON_PATCH = /^\s*\[\s*\{\s*"(?:op|path)"\s*:/;
/** `/"apiVersion"/.test(text)`, through a probe from its rare `V` (see literal-search.ts). */
const JSON_API_VERSION = literalFinder('"apiVersion"', '"api'.length);
const LOOKS_KUBERNETES = /^apiVersion\s*:/m;
const LOOKS_KUBERNETES_KIND = /^kind\s*:/m;

function fallbackSource(kind: PathKind): ImageSource | undefined {
  if (isCiKind(kind)) return CI_SOURCE[kind];
  switch (kind) {
    case 'github-workflow':
      return 'github-workflow';
    case 'compose':
      return 'compose';
    case 'helm-values':
      return 'helm-values';
    case 'helm-template':
      return 'kubernetes';
    default:
      return undefined;
  }
}

function lineOptions(kind: PathKind, source: ImageSource): LineOptions {
  return {
    source,
    workflow: kind === 'github-workflow',
    anyImageKey: kind === 'helm-values',
    // GitLab and Bitbucket write `image: {name: ref}`.
    namedBlocks: isCiKind(kind),
  };
}

export function scanYamlImages(file: SourceFile, source: ParsedSource): ImageReference[] {
  const out: Out = [];
  const kind = source.kind;
  if (kind === 'json' && !(JSON_API_VERSION(file.text) >= 0 && file.text.includes('"kind"')) && !JSON_PATCH.test(file.text)) return out;
  if (kind === 'helm-template' && /\{\{/.test(file.text)) {
    return lineImages(file, { source: 'kubernetes' });
  }
  const parsed = source.yaml();
  if (parsed.refused) {
    const fallback = fallbackSource(kind) ?? (LOOKS_KUBERNETES.test(file.text) && LOOKS_KUBERNETES_KIND.test(file.text) ? 'kubernetes' : undefined);
    return fallback ? lineImages(file, lineOptions(kind, fallback)) : out;
  }
  let fileLines: string[] | undefined;
  for (const { ctx, broken, fromLine, toLine } of parsed.documents) {
    const doc = ctx.doc;
    if (broken) {
      fileLines ??= splitLines(file.text);
      const docText = fileLines.slice(fromLine - 1, toLine).join('\n');
      const fallback =
        fallbackSource(kind) ??
        (LOOKS_KUBERNETES.test(docText) && LOOKS_KUBERNETES_KIND.test(docText) ? 'kubernetes' : undefined);
      if (fallback) out.push(...lineImages(file, { ...lineOptions(kind, fallback), fromLine, toLine }));
      continue;
    }
    const root = doc.contents ?? undefined;
    if (!root) continue;
    if (isCiKind(kind)) {
      ciImages(file, ctx, root, kind, out);
      continue;
    }
    switch (kind) {
      case 'github-workflow':
        workflowImages(file, ctx, root, out);
        continue;
      case 'github-action':
        actionImages(file, ctx, root, out);
        continue;
      case 'compose':
        composeImages(file, ctx, root, true, out);
        continue;
      case 'kustomize':
        kustomizeImages(file, ctx, root, out);
        kustomizePatchImages(file, ctx, root, out);
        continue;
      case 'helm-values':
        valuesImages(file, ctx, root, out, true);
        continue;
      default:
        break;
    }
    if (isKustomization(ctx, root)) {
      kustomizeImages(file, ctx, root, out);
      kustomizePatchImages(file, ctx, root, out);
      continue;
    }
    if (isSeq(root) && json6902Images(file, ctx, root, out)) continue;
    const objects = kubeObjects(ctx, root);
    const tekton = kindOnlyTektonObjects(ctx, root);
    if (objects.length > 0 || tekton.length > 0) {
      for (const object of objects) kubernetesImages(file, ctx, object, out);
      for (const object of tekton) kubernetesImages(file, ctx, object, out, 'tekton');
      continue;
    }
    if (kind !== 'json' && isComposeShaped(ctx, root)) composeImages(file, ctx, root, false, out);
  }
  return out;
}
