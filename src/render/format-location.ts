/** `path:line`, or the path alone without a line; '' without a path. */
export function location(path?: string, line?: number): string {
  if (!path) return '';
  return line ? `${path}:${line}` : path;
}

/**
 * A scanned-tree path as a repository-root-relative POSIX path: the scanned directory
 * (`services/api`, '' for the root) joined in front, so code scanning maps it to a real file.
 */
export function repositoryPath(scannedPath: string, path: string): string {
  const dir = scannedPath.replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/^\.$/, '').replace(/\/+$/, '');
  return dir ? `${dir}/${path}` : path;
}
