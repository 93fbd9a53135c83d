// Images as deployed: after the scan, the cross-file facts decide the version that actually runs.
//
// Kustomize: each kustomization's `images:` entries (newName, newTag, digest) apply to every
// resource it includes, through bases, overlays and components, innermost kustomization first
// (as `kustomize build` runs them). A resource is judged by the kustomizations that deploy it:
// the roots of the kustomization tree (those no other kustomization includes). A base that is
// only consumed through overlays is judged by those overlays; an untagged or :latest image is
// pinned only when every root that includes it pins it. A file no kustomization includes keeps
// the status written in it.
//
// Helm: an empty `tag:` in a chart's values falls back to the chart's appVersion (Chart.yaml).
//
// Pure: facts in, the changed references out (mutated in place).
import { posix } from 'node:path';
import type { ChartFacts, ImageReference, ImageStatus, KustomizationFacts, KustomizeImageEntry, Location } from '../types.js';
import { parseImageReference } from './reference.js';

const KUSTOMIZATION_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
/** Remote bases (git URLs, HTTP) are not in the tree. */
const REMOTE = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@|github\.com\/|gitlab\.com\/|bitbucket\.org\/)|\?ref=|\/\/.*\?/i;
/** Chains recorded per file, and kustomization visits in all: bounds the work on odd trees. */
const MAX_CHAINS_PER_FILE = 64;
const MAX_VISITS = 100_000;
/** Sources whose references kustomize's image transformer rewrites (container images of resources). */
const TRANSFORMED = new Set<ImageReference['source']>(['kubernetes', 'argo', 'tekton', 'knative']);

interface Step {
  path: string;
  entries: KustomizeImageEntry[];
}

const pinned = (status: ImageStatus): boolean => status === 'tagged' || status === 'digest';

function dirOf(path: string): string {
  return posix.dirname(path);
}

type Target = { kustomization: KustomizationFacts } | { file: string } | undefined;

function resolveTarget(from: KustomizationFacts, entry: string, byPath: Map<string, KustomizationFacts>): Target {
  if (REMOTE.test(entry)) return undefined;
  const target = posix.normalize(posix.join(dirOf(from.path), entry)).replace(/\/$/, '');
  if (target.startsWith('../') || target === '..') return undefined;
  const direct = byPath.get(target);
  if (direct) return { kustomization: direct };
  for (const name of KUSTOMIZATION_NAMES) {
    const found = byPath.get(target === '.' ? name : `${target}/${name}`);
    if (found) return { kustomization: found };
  }
  return { file: target };
}

/** For every file a kustomization tree includes: the chains of kustomizations, outermost first. */
export function kustomizationChains(kustomizations: readonly KustomizationFacts[]): Map<string, Step[][]> {
  const byPath = new Map(kustomizations.map((k) => [k.path, k]));
  const included = new Set<string>();
  const children = new Map<string, { resources: Target[]; components: KustomizationFacts[] }>();
  for (const k of kustomizations) {
    const resources = k.resources.map((entry) => resolveTarget(k, entry, byPath));
    const components = k.components
      .map((entry) => resolveTarget(k, entry, byPath))
      .flatMap((target) => (target && 'kustomization' in target ? [target.kustomization] : []));
    for (const target of resources) if (target && 'kustomization' in target) included.add(target.kustomization.path);
    for (const component of components) included.add(component.path);
    children.set(k.path, { resources, components });
  }
  /** A component's entries apply to the resources of the kustomization that lists it. */
  const componentEntries = (k: KustomizationFacts, depth: number): KustomizeImageEntry[] =>
    depth > 8 ? [] : children.get(k.path)!.components.flatMap((c) => [...componentEntries(c, depth + 1), ...c.images]);

  const chains = new Map<string, Step[][]>();
  const record = (file: string, chain: Step[]) => {
    const list = chains.get(file) ?? [];
    if (list.length < MAX_CHAINS_PER_FILE) list.push(chain);
    chains.set(file, list);
  };
  const visited = new Set<string>();
  let visits = 0;
  const visit = (k: KustomizationFacts, outer: Step[], onStack: Set<string>) => {
    if (++visits > MAX_VISITS || onStack.has(k.path)) return;
    visited.add(k.path);
    onStack.add(k.path);
    const chain = [...outer, { path: k.path, entries: [...componentEntries(k, 0), ...k.images] }];
    record(k.path, chain); // inline patches live in the kustomization itself
    const { resources, components } = children.get(k.path)!;
    for (const target of resources) {
      if (!target) continue;
      if ('kustomization' in target) visit(target.kustomization, chain, onStack);
      else record(target.file, chain);
    }
    for (const component of components) visit(component, chain, onStack);
    onStack.delete(k.path);
  };
  const ordered = [...kustomizations].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const k of ordered) if (!included.has(k.path)) visit(k, [], new Set());
  // Kustomizations only reachable through a cycle: each judged on its own.
  for (const k of ordered) if (!visited.has(k.path)) visit(k, [], new Set());
  return chains;
}

/** `name[:tag][@digest]` split the way kustomize matches it: the name without tag or digest. */
function splitImage(image: string): { name: string; version: string } {
  const at = image.indexOf('@');
  const beforeDigest = at >= 0 ? image.slice(0, at) : image;
  const colon = beforeDigest.lastIndexOf(':');
  const name = colon > beforeDigest.lastIndexOf('/') ? beforeDigest.slice(0, colon) : beforeDigest;
  return { name, version: image.slice(name.length) };
}

interface Applied {
  image: string;
  by: { path: string; entry: KustomizeImageEntry }[];
}

/** Applies a chain's entries, innermost kustomization first, each entry in order. */
export function applyChain(image: string, chain: readonly Step[]): Applied {
  let current = image;
  const by: Applied['by'] = [];
  for (let index = chain.length - 1; index >= 0; index--) {
    const step = chain[index]!;
    for (const entry of step.entries) {
      const { name, version } = splitImage(current);
      if (name !== entry.name) continue;
      const newName = entry.newName ?? name;
      // A digest wins over a tag; with neither, the resource keeps its own tag or digest.
      current = entry.digest ? `${splitImage(newName).name}@${entry.digest}` : entry.newTag ? `${splitImage(newName).name}:${entry.newTag}` : `${newName}${version}`;
      by.push({ path: step.path, entry });
    }
  }
  return { image: current, by };
}

const location = (path: string, entry: KustomizeImageEntry): Location => ({ path, line: entry.line, column: entry.column });
const key = (l: Location) => `${l.path}:${l.line}:${l.column}`;

function resolveKustomize(images: ImageReference[], kustomizations: readonly KustomizationFacts[], changed: Set<ImageReference>): void {
  if (kustomizations.length === 0) return;
  const chains = kustomizationChains(kustomizations);
  /** What each entry did to the references it matched, for the entries that name no version. */
  const matched = new Map<string, { statuses: ImageStatus[]; images: string[]; refs: Location[] }>();
  for (const ref of images) {
    if (!TRANSFORMED.has(ref.source) || ref.status === 'unresolved') continue;
    const list = chains.get(ref.path);
    if (!list) continue;
    // One outcome per root chain; a root that includes the file but leaves the image alone
    // deploys it as written.
    const outcomes = list.map((chain) => applyChain(ref.image, chain)).map((result) => ({ ...result, status: parseImageReference(result.image).status }));
    if (!outcomes.some((outcome) => outcome.by.length > 0)) continue;
    const by = new Map<string, Location>();
    for (const result of outcomes) {
      for (const step of result.by) {
        const k = key(location(step.path, step.entry));
        by.set(k, location(step.path, step.entry));
        const m = matched.get(k) ?? { statuses: [], images: [], refs: [] };
        m.statuses.push(result.status);
        m.images.push(result.image);
        m.refs.push({ path: ref.path, line: ref.line, column: ref.column });
        matched.set(k, m);
      }
    }
    const unpinned = outcomes.find((outcome) => !pinned(outcome.status));
    const worstPinned = outcomes.find((outcome) => outcome.status === 'tagged') ?? outcomes[0]!;
    if (pinned(ref.status) && unpinned) continue; // the entry that sets the mutable tag reports it
    const outcome = unpinned ?? worstPinned;
    ref.deployed = { image: outcome.image, status: outcome.status, by: [...by.values()].sort((a, b) => key(a).localeCompare(key(b))) };
    ref.status = outcome.status;
    changed.add(ref);
  }
  // An entry without newTag or digest takes its version from the resources it matched.
  for (const ref of images) {
    if (ref.source !== 'kustomize' || ref.status !== 'unresolved') continue;
    const m = matched.get(key(ref));
    if (!m) continue;
    const index = Math.max(0, m.statuses.findIndex((status) => !pinned(status)));
    ref.deployed = { image: m.images[index]!, status: m.statuses[index]!, by: m.refs };
    ref.status = m.statuses[index]!;
    changed.add(ref);
  }
}

/** The Chart.yaml of the chart a values file belongs to: its folder or, for `ci/` values, a parent. */
function chartFor(valuesPath: string, charts: Map<string, ChartFacts>): ChartFacts | undefined {
  let dir = dirOf(valuesPath);
  for (let depth = 0; depth < 3; depth++) {
    for (const name of ['Chart.yaml', 'Chart.yml']) {
      const found = charts.get(dir === '.' ? name : `${dir}/${name}`);
      if (found) return found;
    }
    if (dir === '.') break;
    dir = dirOf(dir);
  }
  return undefined;
}

function resolveHelm(images: ImageReference[], charts: readonly ChartFacts[], changed: Set<ImageReference>): void {
  if (charts.length === 0) return;
  const byPath = new Map(charts.map((c) => [c.path, c]));
  for (const ref of images) {
    if (ref.tagFrom !== 'chart-app-version') continue;
    const chart = chartFor(ref.path, byPath);
    if (!chart) continue;
    const by = [{ path: chart.path, line: chart.line, column: chart.column }];
    if (chart.appVersion === undefined) {
      ref.deployed = { image: ref.image, status: 'untagged', by };
    } else {
      const image = `${ref.image}:${chart.appVersion}`;
      ref.deployed = { image, status: parseImageReference(image).status, by };
    }
    ref.status = ref.deployed.status;
    changed.add(ref);
  }
}

/** Settles every reference whose deployed version other files decide; returns the ones it changed. */
export function resolveDeployedImages(
  images: ImageReference[],
  kustomizations: readonly KustomizationFacts[],
  charts: readonly ChartFacts[],
): ImageReference[] {
  const changed = new Set<ImageReference>();
  resolveHelm(images, charts, changed);
  resolveKustomize(images, kustomizations, changed);
  return [...changed];
}
