// Links from a report to the file and line at the commit under review (GITHUB_SERVER_URL, so
// GitHub Enterprise Server works). Paths in the report are relative to the scanned directory.
import { location } from './format-location.js';
import { inlineCode } from './escape.js';

export interface LinkContext {
  serverUrl: string;
  /** owner/name */
  repository: string;
  sha: string;
}

/** Repository-root-relative path of a report path. */
export function repoPath(scannedPath: string, path: string): string {
  return scannedPath ? `${scannedPath.replace(/\/+$/, '')}/${path}` : path;
}

const encodePath = (p: string) => p.split('/').map((s) => encodeURIComponent(s).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join('/');

/** `path:line` as inline code, linked to the blob at the commit when links are known. */
export function evidenceLink(links: LinkContext | undefined, scannedPath: string, path: string, line?: number): string {
  const text = inlineCode(location(repoPath(scannedPath, path), line));
  if (!links) return text;
  const url = `${links.serverUrl.replace(/\/+$/, '')}/${links.repository}/blob/${links.sha}/${encodePath(repoPath(scannedPath, path))}${line ? `#L${line}` : ''}`;
  return `[${text}](${url})`;
}
