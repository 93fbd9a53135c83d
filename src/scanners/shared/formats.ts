// Which format a file is, from its path. Content decides the rest (apiVersion+kind, compose shape).

export type PathKind =
  | 'dockerfile'
  | 'github-workflow'
  | 'github-action'
  | 'compose'
  | 'kustomize'
  | 'helm-values'
  | 'helm-template'
  | CiKind
  | 'yaml'
  | 'json'
  | 'other';

/** CI configuration formats whose `image:` keys name the containers jobs run in. */
export type CiKind = 'gitlab-ci' | 'circleci' | 'drone' | 'woodpecker' | 'bitbucket-pipelines';

const CI_KINDS: ReadonlySet<string> = new Set<CiKind>(['gitlab-ci', 'circleci', 'drone', 'woodpecker', 'bitbucket-pipelines']);

export function isCiKind(kind: PathKind): kind is CiKind {
  return CI_KINDS.has(kind);
}

export function baseName(path: string): string {
  const normal = path.includes('\\') ? path.replace(/\\/g, '/') : path;
  return normal.slice(normal.lastIndexOf('/') + 1);
}

const NOT_A_DOCKERFILE = /\.(?:dockerignore|md|markdown|txt|rst|adoc|json|ya?ml|toml|sh|bash|ps1|py|js|ts|go|orig|rej|bak|swp|lock|html?|xml)$/i;

export function isDockerfilePath(path: string): boolean {
  const base = baseName(path);
  if (NOT_A_DOCKERFILE.test(base)) return false;
  return /^(?:dockerfile|containerfile)(?:[._-].+)?$/i.test(base) || /[._-](?:dockerfile|containerfile)$/i.test(base);
}

export function isYamlPath(path: string): boolean {
  return /\.ya?ml$/i.test(path);
}

/** Template suffixes (Ansible/Jinja, Go templates): `docker-compose.yml.j2` is still compose. */
const TEMPLATE_SUFFIX = /\.(?:j2|jinja2?|tmpl)$/i;

function ciKind(normal: string, base: string): CiKind | undefined {
  // GitLab: the root file, included `*.gitlab-ci.yml`, and the common `.gitlab/ci/` folder.
  if (/^(?:.+[._-])?\.?gitlab-ci\.ya?ml$/i.test(base) || /(?:^|\/)\.gitlab\/ci\//.test(normal)) return 'gitlab-ci';
  if (/(?:^|\/)\.circleci\//.test(normal)) return 'circleci';
  if (/^\.drone(?:\.[^/]+)?\.ya?ml$/i.test(base)) return 'drone';
  if (/^\.woodpecker\.ya?ml$/i.test(base) || /(?:^|\/)\.woodpecker\//.test(normal)) return 'woodpecker';
  if (/^bitbucket-pipelines\.ya?ml$/i.test(base)) return 'bitbucket-pipelines';
  return undefined;
}

/** Which reader a path goes to. The scan asks once per file (see parseSource). */
export function classifyPath(path: string): PathKind {
  const normal = path.replace(/\\/g, '/').replace(TEMPLATE_SUFFIX, '');
  const base = baseName(normal);
  if (isDockerfilePath(normal)) return 'dockerfile';
  if (/\.json$/i.test(base)) return 'json';
  // Helm's named templates (`_helpers.tpl`) hold manifests too, included from the templates.
  if (/\.tpl$/i.test(base) && /(?:^|\/)templates\/(?:[^/]+\/)*[^/]+$/.test(normal)) return 'helm-template';
  if (!isYamlPath(base)) return 'other';
  if (/(?:^|\/)\.github\/workflows\/[^/]+$/.test(normal)) return 'github-workflow';
  if (/^action\.ya?ml$/i.test(base)) return 'github-action';
  const ci = ciKind(normal, base);
  if (ci) return ci;
  if (/^(?:docker-)?compose(?:[._-][^/]*)?\.ya?ml$/i.test(base) || /docker-compose/i.test(base)) return 'compose';
  if (/^kustomization\.ya?ml$/i.test(base)) return 'kustomize';
  if (/^values(?:[._-][^/]+)?\.ya?ml$/i.test(base) || /[._-]values\.ya?ml$/i.test(base)) return 'helm-values';
  if (/(?:^|\/)templates\/(?:[^/]+\/)*[^/]+$/.test(normal)) return 'helm-template';
  return 'yaml';
}
