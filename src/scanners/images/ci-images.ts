// Image references in CI configuration: GitLab CI, CircleCI, Drone, Woodpecker and Bitbucket
// Pipelines. Each reads only the keys its format defines as images, so script lines, GitLab
// components, CircleCI orbs and machine images, and Bitbucket pipes stay out.
import { isMap, isSeq, type Node } from 'yaml';
import type { ImageReference, ImageSource, SourceFile } from '../types.js';
import { deref, entries, get, seqItems, stringValue, type AstContext, type Entry } from '../../yaml/ast.js';
import type { CiKind } from '../shared/formats.js';
import { dockerUriRef, imageValue, makeRef, valuePosition } from './yaml-values.js';

type Out = ImageReference[];

const MAX_DEPTH = 40;

/** `image: ref`, or (GitLab, Bitbucket) `image: {name: ref, entrypoint: ..., username: ...}`. */
function namedImage(file: SourceFile, ctx: AstContext, node: Node | undefined, source: ImageSource, owner: string | undefined, out: Out): void {
  const target = deref(ctx, node);
  const value = isMap(target) ? imageValue(ctx, get(ctx, target, 'name')) : imageValue(ctx, target);
  // The format says this is an image: report what is written, even when it does not parse.
  if (!value || value.text === '') return;
  const position = valuePosition(ctx, value.node);
  if (position) out.push(makeRef(file, position, value.text, source, owner));
}

// ---------------------------------------------------------------- GitLab CI

/** Top-level keys that are settings, not jobs (`image`/`services` are read as globals). */
const GITLAB_KEYWORDS = new Set(['default', 'include', 'stages', 'variables', 'workflow', 'image', 'services', 'cache', 'before_script', 'after_script', 'spec']);

function gitlabJob(file: SourceFile, ctx: AstContext, job: Node | undefined, owner: string | undefined, out: Out): void {
  namedImage(file, ctx, get(ctx, job, 'image'), 'gitlab-ci', owner, out);
  for (const service of seqItems(ctx, get(ctx, job, 'services'))) namedImage(file, ctx, service, 'gitlab-ci', owner, out);
}

function gitlabImages(file: SourceFile, ctx: AstContext, root: Node, out: Out): void {
  gitlabJob(file, ctx, root, undefined, out);
  gitlabJob(file, ctx, get(ctx, root, 'default'), 'default', out);
  for (const item of entries(ctx, root)) {
    if (GITLAB_KEYWORDS.has(item.key) || !isMap(deref(ctx, item.value))) continue;
    gitlabJob(file, ctx, item.value, item.key, out);
  }
}

// ---------------------------------------------------------------- CircleCI

/** Every `docker:` list (jobs, executors, inline orbs); `machine:` and `macos:` images are VMs. */
function circleciImages(file: SourceFile, ctx: AstContext, root: Node, out: Out): void {
  walkEntries(ctx, [root], (item, owner, descend) => {
    if (item.key === 'docker' && isSeq(deref(ctx, item.value))) {
      for (const container of seqItems(ctx, item.value)) namedImage(file, ctx, get(ctx, container, 'image'), 'circleci', owner, out);
      return;
    }
    // Orb references (`node: circleci/node@5`) are strings and fall through harmlessly.
    descend(item.value, item.key);
  });
}

// ---------------------------------------------------------------- Drone and Woodpecker

/** Steps as a list of `{name, image}` or a map of name → `{image}`. */
function stepImages(file: SourceFile, ctx: AstContext, node: Node | undefined, source: ImageSource, out: Out): void {
  const target = deref(ctx, node);
  if (isSeq(target)) {
    for (const step of seqItems(ctx, target)) {
      namedImage(file, ctx, get(ctx, step, 'image'), source, stringValue(ctx, get(ctx, step, 'name')), out);
    }
    return;
  }
  for (const item of entries(ctx, target)) namedImage(file, ctx, get(ctx, item.value, 'image'), source, item.key, out);
}

function droneImages(file: SourceFile, ctx: AstContext, root: Node, out: Out): void {
  // Secrets and signatures share the file as other `kind:` documents.
  const kind = stringValue(ctx, get(ctx, root, 'kind'));
  if (kind !== undefined && kind !== 'pipeline') return;
  for (const key of ['steps', 'services', 'pipeline']) stepImages(file, ctx, get(ctx, root, key), 'drone', out);
}

function woodpeckerImages(file: SourceFile, ctx: AstContext, root: Node, out: Out): void {
  // `pipeline:` is the pre-1.0 name of `steps:`; `clone:` replaces the default git step.
  for (const key of ['steps', 'pipeline', 'services', 'clone']) stepImages(file, ctx, get(ctx, root, key), 'woodpecker', out);
}

// ---------------------------------------------------------------- Bitbucket Pipelines

/**
 * Global `image`, `definitions.services.*.image`, every `step:` image (default, branches,
 * parallel, stages, definitions) and `pipe: docker://...`. Other pipes are Bitbucket pipe
 * names resolved by Bitbucket, not references written by the user.
 */
function bitbucketImages(file: SourceFile, ctx: AstContext, root: Node, out: Out): void {
  namedImage(file, ctx, get(ctx, root, 'image'), 'bitbucket-pipelines', undefined, out);
  for (const service of entries(ctx, get(ctx, get(ctx, root, 'definitions'), 'services'))) {
    namedImage(file, ctx, get(ctx, service.value, 'image'), 'bitbucket-pipelines', service.key, out);
  }
  const roots = [get(ctx, root, 'pipelines'), get(ctx, get(ctx, root, 'definitions'), 'steps')];
  walkEntries(ctx, roots, (item, owner, descend) => {
    if (item.key === 'step' && isMap(deref(ctx, item.value))) {
      const name = stringValue(ctx, get(ctx, item.value, 'name'));
      namedImage(file, ctx, get(ctx, item.value, 'image'), 'bitbucket-pipelines', name, out);
      descend(item.value, name);
      return;
    }
    if (item.key === 'pipe') {
      const ref = dockerUriRef(file, ctx, item.value, 'bitbucket-pipelines', owner);
      if (ref) out.push(ref);
      return;
    }
    if (item.key === 'image' || item.key === 'services' || item.key === 'definitions') return;
    descend(item.value, owner);
  });
}

type Descend = (node: Node | undefined, owner: string | undefined) => void;

/**
 * Visits every map entry below `roots`, each node once (YAML aliases share nodes) and no deeper
 * than MAX_DEPTH; `onEntry` reports what it finds and says where to go on, with which owner name.
 */
function walkEntries(ctx: AstContext, roots: (Node | undefined)[], onEntry: (item: Entry, owner: string | undefined, descend: Descend) => void): void {
  const seen = new Set<Node>();
  const visit = (node: Node | undefined, owner: string | undefined, depth: number): void => {
    const target = deref(ctx, node);
    if (!target || depth > MAX_DEPTH || seen.has(target)) return;
    seen.add(target);
    if (isSeq(target)) {
      for (const item of target.items) visit(item as Node, owner, depth + 1);
      return;
    }
    if (!isMap(target)) return;
    for (const item of entries(ctx, target)) onEntry(item, owner, (child, childOwner) => visit(child, childOwner, depth + 1));
  };
  for (const root of roots) visit(root, undefined, 0);
}

export const CI_SOURCE: Record<CiKind, ImageSource> = {
  'gitlab-ci': 'gitlab-ci',
  circleci: 'circleci',
  drone: 'drone',
  woodpecker: 'woodpecker',
  'bitbucket-pipelines': 'bitbucket-pipelines',
};

/** One parsed document of a CI file. */
export function ciImages(file: SourceFile, ctx: AstContext, root: Node, kind: CiKind, out: Out): void {
  if (!isMap(deref(ctx, root))) return;
  switch (kind) {
    case 'gitlab-ci':
      return gitlabImages(file, ctx, root, out);
    case 'circleci':
      return circleciImages(file, ctx, root, out);
    case 'drone':
      return droneImages(file, ctx, root, out);
    case 'woodpecker':
      return woodpeckerImages(file, ctx, root, out);
    case 'bitbucket-pipelines':
      return bitbucketImages(file, ctx, root, out);
  }
}
