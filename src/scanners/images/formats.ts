// Which format a file is, from its path. Content decides the rest (apiVersion+kind, compose shape).

export type PathKind =
  | 'dockerfile'
  | 'github-workflow'
  | 'github-action'
  | 'compose'
  | 'kustomize'
  | 'helm-values'
  | 'helm-template'
  | 'yaml'
  | 'json'
  | 'other';

export function baseName(path: string): string {
  const normal = path.replace(/\\/g, '/');
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

export function classifyPath(path: string): PathKind {
  const normal = path.replace(/\\/g, '/');
  const base = baseName(normal);
  if (isDockerfilePath(normal)) return 'dockerfile';
  if (/\.json$/i.test(base)) return 'json';
  if (!isYamlPath(base)) return 'other';
  if (/(?:^|\/)\.github\/workflows\/[^/]+$/.test(normal)) return 'github-workflow';
  if (/^action\.ya?ml$/i.test(base)) return 'github-action';
  if (/^(?:docker-)?compose(?:[._-][^/]*)?\.ya?ml$/i.test(base) || /docker-compose/i.test(base)) return 'compose';
  if (/^kustomization\.ya?ml$/i.test(base)) return 'kustomize';
  if (/^values(?:[._-][^/]+)?\.ya?ml$/i.test(base) || /[._-]values\.ya?ml$/i.test(base)) return 'helm-values';
  if (/(?:^|\/)templates\/(?:[^/]+\/)*[^/]+$/.test(normal)) return 'helm-template';
  return 'yaml';
}
