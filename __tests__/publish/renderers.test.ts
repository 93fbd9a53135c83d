import path from 'node:path';
import { runCheck } from '../../src/engine/run-check.js';
import { addedLines, annotationsFor, changedFiles } from '../../src/render/annotations.js';
import { MAX_CHECK_ANNOTATIONS, SUMMARY_LIMIT_BYTES, conclusionFor, renderCheckRun } from '../../src/render/check-run.js';
import { COMMENT_LIMIT, commentMarker, renderComment } from '../../src/render/comment.js';
import { evidenceLink } from '../../src/render/links.js';
import type { Report } from '../../src/report/types.js';

const NOW = new Date('2026-11-23T00:00:00Z');
let weekend: Report;
beforeAll(async () => {
  weekend = await runCheck({ root: path.resolve('examples/weekend-prototype'), now: NOW });
});

/** The weekend report with `n` extra findings whose messages are long. */
function bloated(n: number, message = 'x'.repeat(2000)): Report {
  const f = weekend.findings[0]!;
  return { ...weekend, findings: [...weekend.findings, ...Array.from({ length: n }, (_, i) => ({ ...f, severity: 'medium' as const, line: 100 + i, message: `${message} ${i}` }))] };
}

describe('diff lines', () => {
  it('reads the new-side lines a unified diff adds', () => {
    const patch = ['@@ -1,3 +1,4 @@', ' a', '-b', '+B', '+C', ' d', '@@ -20,2 +21,2 @@ def f():', ' x', '-y', '+Y', '\\ No newline at end of file'].join('\n');
    expect([...addedLines(patch)]).toEqual([2, 3, 22]);
  });

  it('a file without a patch counts as changed throughout; removed files are gone', () => {
    const files = changedFiles([{ filename: 'a', status: 'added' }, { filename: 'b', status: 'removed', patch: '@@ -1 +0,0 @@\n-x' }, { filename: 'c', status: 'modified', patch: '@@ -1 +1 @@\n-x\n+y' }]);
    expect([...files.keys()]).toEqual(['a', 'c']);
    expect(files.get('a')).toBe('all');
  });
});

describe('annotations', () => {
  it('all: control evidence first, every blocker an error', () => {
    const all = annotationsFor(weekend);
    expect(all.map((a) => `${a.level} ${a.path}:${a.line}`)).toEqual(['error readiness.yaml:10', 'error app/prototype.py:5', 'error app/prototype.py:6', 'error app/prototype.py:11', 'error app/prototype.py:12', 'error readiness.yaml:17', 'error readiness.yaml:22', 'error readiness.yaml:36', 'error k8s/deployment.yaml:22']);
  });

  it('changed: findings on changed lines, control evidence in touched files; paths carry the scanned dir', () => {
    const report = { ...weekend, scannedPath: 'svc' };
    const scope = { kind: 'changed' as const, files: new Map([['svc/app/prototype.py', new Set([6])], ['svc/readiness.yaml', new Set<number>()]]) };
    expect(annotationsFor(report, scope).map((a) => `${a.path}:${a.line}`)).toEqual(['svc/readiness.yaml:10', 'svc/app/prototype.py:5', 'svc/app/prototype.py:6', 'svc/app/prototype.py:11', 'svc/app/prototype.py:12', 'svc/readiness.yaml:17', 'svc/readiness.yaml:22', 'svc/readiness.yaml:36']);
    expect(annotationsFor(report, { kind: 'changed', files: new Map() })).toEqual([]);
  });
});

describe('comment', () => {
  it('starts with the marker for its check name and a content hash; same report, same body', () => {
    const a = renderComment(weekend, { checkName: 'Readiness' });
    expect(a.body.startsWith(`${commentMarker('Readiness')}hash=`)).toBe(true);
    expect(a.body.split('\n')[0]).toMatch(/^<!-- readiness-gate:comment check=Readiness hash=[0-9a-f]{16} -->$/);
    expect(renderComment(weekend, { checkName: 'Readiness' })).toEqual(a);
    expect(renderComment({ ...weekend, verdict: 'changed' }, { checkName: 'Readiness' }).contentMarker).not.toBe(a.contentMarker);
  });

  it('a check name cannot close the marker', () => {
    expect(commentMarker('x --> <b>')).toBe('<!-- readiness-gate:comment check=x%20--%3E%20%3Cb%3E ');
  });

  it('stays under 65,536 characters with an explicit truncation line', () => {
    const c = renderComment(bloated(400), { checkName: 'Readiness', summaryUrl: 'https://github.com/o/r/actions/runs/1' });
    expect(c.body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(c.body).toMatch(/\*\*Truncated\*\*: this comment is limited to 65,536 characters; see \[the job summary\]\(https:\/\/github.com\/o\/r\/actions\/runs\/1\) for the full report.\n$/);
    expect(c.body.startsWith(c.marker)).toBe(true);
  });

  it('links evidence at the commit on the configured server (GHES), path segments encoded', () => {
    const links = { serverUrl: 'https://ghe.example.com/', repository: 'o/r', sha: 'abc' };
    expect(evidenceLink(links, 'svc', 'a b/(x).py', 3)).toBe('[`svc/a b/(x).py:3`](https://ghe.example.com/o/r/blob/abc/svc/a%20b/%28x%29.py#L3)');
    expect(renderComment(weekend, { checkName: 'R', links }).body).toContain('(https://ghe.example.com/o/r/blob/abc/readiness.yaml#L10)');
  });
});

describe('check run output', () => {
  it('conclusion follows fail-on', () => {
    expect(conclusionFor(true, 'not-ready')).toBe('success');
    expect(conclusionFor(false, 'not-ready')).toBe('failure');
    expect(conclusionFor(false, 'never')).toBe('neutral');
  });

  it('summary within 65,535 bytes; capped annotations are counted in it', () => {
    const report = bloated(1200, 'é'.repeat(300));
    const out = renderCheckRun(report, annotationsFor(report), { scope: 'all' });
    expect(Buffer.byteLength(out.summary)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(out.annotations).toHaveLength(MAX_CHECK_ANNOTATIONS);
    expect(out.summary).toContain(`${1209 - MAX_CHECK_ANNOTATIONS} of 1209 annotations were left out`);
    expect(out.annotations[0]).toMatchObject({ annotation_level: 'failure', path: 'readiness.yaml', start_line: 10, end_line: 10 });
  });
});
