// The sticky PR comment: one marker per check name, a hash of exactly the content, the report
// linked at the head commit, and never over GitHub's 65,536 characters.
import { createHash } from 'node:crypto';
import { COMMENT_LIMIT, commentMarker, renderComment } from '../../src/render/comment.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { blocker, finding, report, workload } from './pr-report.js';

const LINKS = { serverUrl: 'https://ghe.example.com', repository: 'o/r', sha: 'abc' };
const notReady = () => report({ workloads: [workload({ controls: [blocker(1)] })] });

/** A report whose markdown is far over the comment limit: 50 long findings in each severity. */
function huge(message = 'x'.repeat(1500)) {
  const findings = (['critical', 'high', 'medium', 'low'] as const).flatMap((severity) => Array.from({ length: 50 }, (_, i) => finding({ severity, line: i + 1, message })));
  return report({ workloads: [workload({ controls: [blocker(1)] })], findings });
}

describe('marker', () => {
  it('names the check, URL-encoded so no name closes the HTML comment', () => {
    expect(commentMarker('Readiness')).toBe('<!-- readiness-gate:comment check=Readiness ');
    expect(commentMarker('a --> b hash=0')).toBe('<!-- readiness-gate:comment check=a%20--%3E%20b%20hash%3D0 ');
  });
});

describe('renderComment', () => {
  it('is the marker, the hash of the content, then the markdown with links at the commit', () => {
    const r = notReady();
    const c = renderComment(r, { checkName: 'Readiness', links: LINKS });
    const content = renderMarkdown(r, { links: LINKS });
    const hash = createHash('sha256').update(content).digest('hex').slice(0, 16);
    expect(c.marker).toBe(commentMarker('Readiness'));
    expect(c.contentMarker).toBe(`hash=${hash} -->`);
    expect(c.body).toBe(`<!-- readiness-gate:comment check=Readiness hash=${hash} -->\n${content}`);
    expect(c.body).toContain('(https://ghe.example.com/o/r/blob/abc/f1.yaml#L1)');
  });

  it('the content hash changes with the content, not with the check name', () => {
    const a = renderComment(notReady(), { checkName: 'A' });
    expect(renderComment(notReady(), { checkName: 'B' }).contentMarker).toBe(a.contentMarker);
    expect(renderComment({ ...notReady(), verdict: 'other' }, { checkName: 'A' }).contentMarker).not.toBe(a.contentMarker);
    expect(renderComment(notReady(), { checkName: 'A', links: LINKS }).contentMarker).not.toBe(a.contentMarker);
  });

  it('a long report stays within 65,536 characters, cut at a line, with the explicit truncation line', () => {
    const r = huge();
    const full = renderMarkdown(r);
    expect(full.length).toBeGreaterThan(COMMENT_LIMIT);
    const c = renderComment(r, { checkName: 'Readiness', summaryUrl: 'https://github.com/o/r/actions/runs/7' });
    const note = '\n\n**Truncated**: this comment is limited to 65,536 characters; see [the job summary](https://github.com/o/r/actions/runs/7) for the full report.\n';
    expect(COMMENT_LIMIT).toBe(65_536);
    expect(c.body.length).toBeLessThanOrEqual(65_536);
    expect(c.body.length).toBeGreaterThan(65_536 - 1600);
    expect(c.body.endsWith(note)).toBe(true);
    const head = `${c.marker}${c.contentMarker}\n`;
    const kept = c.body.slice(head.length, -note.length);
    expect(c.body.startsWith(head)).toBe(true);
    expect(full.startsWith(`${kept}\n`)).toBe(true);
    // The hash is of the full content, so an unchanged long report is recognised.
    expect(c.contentMarker).toBe(`hash=${createHash('sha256').update(full).digest('hex').slice(0, 16)} -->`);
  });

  it('without a summary URL the truncation line names the job summary as text', () => {
    const c = renderComment(huge(), { checkName: 'R' });
    expect(c.body.endsWith('\n\n**Truncated**: this comment is limited to 65,536 characters; see the job summary for the full report.\n')).toBe(true);
    expect(c.body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
  });

  it('a report exactly at the limit is not truncated; one character more is', () => {
    const base = renderComment(report(), { checkName: 'R' });
    const room = COMMENT_LIMIT - base.body.length;
    // Padding the verdict with plain letters adds exactly that many characters to the body.
    const at = renderComment(report({ verdict: `${'v'.repeat(room)}Every workload is ready.` }), { checkName: 'R' });
    expect(at.body.length).toBe(COMMENT_LIMIT);
    expect(at.body).not.toContain('**Truncated**');
    const over = renderComment(report({ verdict: `${'v'.repeat(room + 1)}Every workload is ready.` }), { checkName: 'R' });
    expect(over.body).toContain('**Truncated**');
    expect(over.body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
  });
});
