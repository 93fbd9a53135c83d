// Links to the file and line at the commit under review, on the server the workflow runs on.
import { evidenceLink, repoPath } from '../../src/render/links.js';

const GHES = { serverUrl: 'https://ghe.example.com', repository: 'acme/deploy', sha: '0123abcd' };

describe('repoPath', () => {
  it('prefixes the scanned directory, however many trailing slashes it has; the root adds nothing', () => {
    expect(repoPath('', 'k8s/a.yaml')).toBe('k8s/a.yaml');
    expect(repoPath('services/api', 'k8s/a.yaml')).toBe('services/api/k8s/a.yaml');
    expect(repoPath('services/api//', 'k8s/a.yaml')).toBe('services/api/k8s/a.yaml');
  });
});

describe('evidenceLink', () => {
  it('without links: the repository path and line as inline code', () => {
    expect(evidenceLink(undefined, 'svc', 'a.yaml', 3)).toBe('`svc/a.yaml:3`');
    expect(evidenceLink(undefined, '', 'a.yaml')).toBe('`a.yaml`');
  });

  it('with links: the blob at the commit on GITHUB_SERVER_URL, the line as an anchor', () => {
    expect(evidenceLink(GHES, 'svc', 'a.yaml', 3)).toBe('[`svc/a.yaml:3`](https://ghe.example.com/acme/deploy/blob/0123abcd/svc/a.yaml#L3)');
    expect(evidenceLink({ ...GHES, serverUrl: 'https://ghe.example.com//' }, '', 'a.yaml')).toBe('[`a.yaml`](https://ghe.example.com/acme/deploy/blob/0123abcd/a.yaml)');
  });

  it('encodes each path segment, parentheses included, so no file name can end the link', () => {
    expect(evidenceLink(GHES, 'my dir', 'x (1)/a#b?.yaml', 2)).toBe('[`my dir/x (1)/a#b?.yaml:2`](https://ghe.example.com/acme/deploy/blob/0123abcd/my%20dir/x%20%281%29/a%23b%3F.yaml#L2)');
    expect(evidenceLink(GHES, '', ')](https://evil.example)')).toBe('[`)](https://evil.example)`](https://ghe.example.com/acme/deploy/blob/0123abcd/%29%5D%28https%3A//evil.example%29)');
  });

  it('a path with a backtick or pipe stays one code span in a table cell', () => {
    expect(evidenceLink(undefined, '', 'a`b|c.yaml', 1)).toBe('``a`b\\|c.yaml:1``');
  });
});
