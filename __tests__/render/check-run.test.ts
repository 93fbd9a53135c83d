// The check run a platform team makes required: its conclusion, title, summary and annotations.
import type { Annotation } from '../../src/render/annotations.js';
import { MAX_CHECK_ANNOTATIONS, SUMMARY_LIMIT_BYTES, checkRunTitle, conclusionFor, renderCheckRun } from '../../src/render/check-run.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { blocker, finding, report, waiver, workload } from './pr-report.js';

const LINKS = { serverUrl: 'https://ghe.example.com', repository: 'o/r', sha: 'abc' };
const ann = (over: Partial<Annotation> = {}): Annotation => ({ level: 'warning', title: 't', message: 'm', path: 'a.yaml', line: 1, ...over });
const LEFT_OUT = (n: number, of: number) => `${n} of ${of} annotations were left out (at most 500, the most important first); the SARIF and JSON reports hold all findings.`;
const CHANGED = 'Annotations cover the lines this pull request adds or changes and the files it touches (`annotations: all` shows everything).';

describe('conclusion', () => {
  it('follows fail-on: a ready report succeeds, a not-ready one fails unless fail-on is never', () => {
    expect(conclusionFor(true, 'not-ready')).toBe('success');
    expect(conclusionFor(true, 'never')).toBe('success');
    expect(conclusionFor(false, 'not-ready')).toBe('failure');
    expect(conclusionFor(false, 'never')).toBe('neutral');
  });
});

describe('title', () => {
  it('ready: one workload plainly, several counted', () => {
    expect(checkRunTitle(report())).toBe('Ready to promote');
    expect(checkRunTitle(report({ workloads: [workload({ name: 'a' }), workload({ name: 'b' })] }))).toBe('Ready to promote: 2 workloads');
    expect(checkRunTitle(report({ workloads: [], ready: true }))).toBe('Ready to promote: 0 workloads');
  });

  it('not ready: every workload blocker, invalid waiver and repository blocker counted', () => {
    const a = workload({ name: 'a', controls: [blocker(1)] });
    const b = workload({ name: 'b', controls: [blocker(2), blocker(3)], waivers: [waiver()] });
    b.blocking.push('waiver expired.');
    expect(checkRunTitle(report({ workloads: [a] }))).toBe('Not ready: 1 blocker');
    expect(checkRunTitle(report({ workloads: [a, b], repository: { blocking: ['secret in x'], warnings: ['ignored'], results: [] } }))).toBe('Not ready: 5 blockers');
    expect(checkRunTitle(report({ workloads: [], ready: false, repository: { blocking: ['no manifest'], warnings: [], results: [] } }))).toBe('Not ready: 1 blocker');
    expect(checkRunTitle(report({ workloads: [], ready: false }))).toBe('Not ready: 0 blockers');
  });
});

describe('renderCheckRun', () => {
  it('title, summary as the markdown with links, annotations in the API shape', () => {
    const r = report({ workloads: [workload({ controls: [blocker(1)] })] });
    const out = renderCheckRun(r, [ann({ level: 'error', path: 'svc/a.yaml', line: 3, title: 'T', message: 'M' }), ann({ level: 'warning', line: 4 }), ann({ level: 'notice', line: 5 })], { scope: 'all', links: LINKS });
    expect(out.title).toBe('Not ready: 1 blocker');
    expect(out.summary).toBe(renderMarkdown(r, { links: LINKS }));
    expect(out.summary).toContain('(https://ghe.example.com/o/r/blob/abc/f1.yaml#L1)');
    expect(out.annotations).toEqual([
      { path: 'svc/a.yaml', start_line: 3, end_line: 3, annotation_level: 'failure', title: 'T', message: 'M' },
      { path: 'a.yaml', start_line: 4, end_line: 4, annotation_level: 'warning', title: 't', message: 'm' },
      { path: 'a.yaml', start_line: 5, end_line: 5, annotation_level: 'notice', title: 't', message: 'm' },
    ]);
  });

  it('an annotation without a file or a line is not sent and not counted as left out', () => {
    const out = renderCheckRun(report(), [ann({ path: undefined }), ann({ line: undefined }), ann({ line: 0 }), ann({ line: 2 })], { scope: 'all' });
    expect(out.annotations.map((a) => a.start_line)).toEqual([2]);
    expect(out.summary).not.toContain('left out');
  });

  it('titles are cut to 255 characters and messages to 64 KiB, as the API requires', () => {
    const out = renderCheckRun(report(), [ann({ title: 'T'.repeat(300), message: 'M'.repeat(70_000) })], { scope: 'all' });
    expect(out.annotations[0]!.title).toBe('T'.repeat(255));
    expect(out.annotations[0]!.message).toBe('M'.repeat(65_536));
  });

  it('at most 500 annotations, the first ones, the rest counted in the summary', () => {
    expect(MAX_CHECK_ANNOTATIONS).toBe(500);
    const many = Array.from({ length: 503 }, (_, i) => ann({ line: i + 1 }));
    const out = renderCheckRun(report(), many, { scope: 'all' });
    expect(out.annotations).toHaveLength(500);
    expect(out.annotations.at(-1)!.start_line).toBe(500);
    expect(out.summary).toBe(`${renderMarkdown(report())}\n\n> ${LEFT_OUT(3, 503)}\n`);
    const exactly = renderCheckRun(report(), many.slice(0, 500), { scope: 'all' });
    expect(exactly.annotations).toHaveLength(500);
    expect(exactly.summary).toBe(renderMarkdown(report()));
  });

  it('the changed scope says so in the summary, after the left-out count', () => {
    expect(renderCheckRun(report(), [], { scope: 'changed' }).summary).toBe(`${renderMarkdown(report())}\n\n> ${CHANGED}\n`);
    const many = Array.from({ length: 501 }, (_, i) => ann({ line: i + 1 }));
    expect(renderCheckRun(report(), many, { scope: 'changed' }).summary).toBe(`${renderMarkdown(report())}\n\n> ${LEFT_OUT(1, 501)}\n>\n> ${CHANGED}\n`);
  });

  it('the summary stays within 65,535 bytes of multi-byte text, cut at a line, the notes kept', () => {
    // Three priority groups of 50 shown findings each: far over the limit.
    const findings = (['P0', 'P1', 'P2'] as const).flatMap((priority) => Array.from({ length: 50 }, (_, i) => finding({ priority, line: i + 1, message: 'é'.repeat(600) })));
    const r = report({ workloads: [workload({ controls: [blocker(1)] })], findings });
    const full = renderMarkdown(r);
    expect(Buffer.byteLength(full)).toBeGreaterThan(SUMMARY_LIMIT_BYTES);
    const many = Array.from({ length: 501 }, (_, i) => ann({ line: i + 1 }));
    const out = renderCheckRun(r, many, { scope: 'changed' });
    const bytes = Buffer.byteLength(out.summary);
    expect(SUMMARY_LIMIT_BYTES).toBe(65_535);
    expect(bytes).toBeLessThanOrEqual(65_535);
    expect(bytes).toBeGreaterThan(65_535 - 1500);
    const tail = `\n\n> ${LEFT_OUT(1, 501)}\n>\n> ${CHANGED}\n`;
    const note = '\n\n**Truncated**: see the job summary for the full report.\n';
    expect(out.summary.endsWith(`${note}${tail}`)).toBe(true);
    expect(full.startsWith(`${out.summary.slice(0, -(note.length + tail.length))}\n`)).toBe(true);
    expect(out.summary.startsWith('## ❌ readiness-gate: not ready to promote')).toBe(true);
  });

  it('the notes count against the byte limit: cut at short lines, the summary ends right under it', () => {
    const blocking = Array.from({ length: 3000 }, (_, i) => `secret in é${i}.env`);
    const r = report({ ready: false, repository: { blocking, warnings: [], results: [] } });
    const many = Array.from({ length: 501 }, (_, i) => ann({ line: i + 1 }));
    const out = renderCheckRun(r, many, { scope: 'changed' });
    const bytes = Buffer.byteLength(out.summary);
    expect(bytes).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(bytes).toBeGreaterThan(SUMMARY_LIMIT_BYTES - 40);
    expect(out.summary).toContain('**Truncated**');
  });
});
