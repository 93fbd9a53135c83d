// Whether a JSON file's root is one no scanner reads, decided by the native JSON parser (far
// cheaper than the YAML parse that would build an AST for it). The YAML readers only look at a
// root object that has `kind` (a Kubernetes object, a `List`, a kind-only Tekton object, a
// Kustomization) or a root array of JSON6902 operations (`op` and `path` on every item);
// OpenAPI documents, JSON schemas and API dumps are neither.
export function isUnreadJsonRoot(text: string): boolean {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    return false; // Not plain JSON (comments, YAML in a .json file): parse it as YAML as before.
  }
  if (Array.isArray(root)) return !(root.length > 0 && root.every(isPatchOperation));
  if (isObject(root)) return !Object.hasOwn(root, 'kind');
  return true;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPatchOperation(value: unknown): boolean {
  return isObject(value) && Object.hasOwn(value, 'op') && Object.hasOwn(value, 'path');
}
