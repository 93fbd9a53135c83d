export function location(path?: string, line?: number): string {
  if (!path) return '';
  return line ? `${path}:${line}` : path;
}
