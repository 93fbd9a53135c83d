// The check run's completion: conclusion by `fail-on`, a title, a summary within GitHub's
// 65,535 bytes, and the annotations mapped to the API's shape, capped with the count left out.
import type { Report } from '../report/types.js';
import type { FailOn } from '../scorecard/fail-on.js';
import type { Annotation } from './annotations.js';
import { renderMarkdown, type MarkdownOptions } from './markdown.js';
import { truncateBytes } from './truncate.js';

export const SUMMARY_LIMIT_BYTES = 65_535;
/** 10 update requests' worth: enough for any reviewer, a bounded request budget per run. */
export const MAX_CHECK_ANNOTATIONS = 500;

export type Conclusion = 'success' | 'failure' | 'neutral';

export interface CheckRunAnnotationOut {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  title: string;
  message: string;
}

/** `fails`: whether `fail-on` fails the step (see gateFails); a report that is not ready but passes is neutral. */
export function conclusionFor(ready: boolean, failOn: FailOn, fails = !ready && failOn !== 'never'): Conclusion {
  if (ready) return 'success';
  return fails ? 'failure' : 'neutral';
}

export function checkRunTitle(report: Report): string {
  if (report.ready) return report.workloads.length === 1 ? 'Ready to promote' : `Ready to promote: ${report.workloads.length} workloads`;
  const blockers = report.workloads.reduce((n, w) => n + w.blocking.length, 0) + report.repository.blocking.length;
  return `Not ready: ${blockers} blocker${blockers === 1 ? '' : 's'}`;
}

export interface CheckRunOutput {
  title: string;
  summary: string;
  annotations: CheckRunAnnotationOut[];
}

export function renderCheckRun(report: Report, annotations: Annotation[], options: MarkdownOptions & { scope: 'changed' | 'all' }): CheckRunOutput {
  // Check-run annotations need a file and a line; the rest is in the summary.
  const placed = annotations.filter((a) => a.path && a.line);
  const sent = placed.slice(0, MAX_CHECK_ANNOTATIONS).map(
    (a): CheckRunAnnotationOut => ({ path: a.path!, start_line: a.line!, end_line: a.line!, annotation_level: a.level === 'error' ? 'failure' : a.level, title: a.title.slice(0, 255), message: a.message.slice(0, 64 * 1024) }),
  );
  const notes: string[] = [];
  if (placed.length > sent.length) notes.push(`${placed.length - sent.length} of ${placed.length} annotations were left out (at most ${MAX_CHECK_ANNOTATIONS}, the most important first); the SARIF and JSON reports hold all findings.`);
  if (options.scope === 'changed') notes.push('Annotations cover the lines this pull request adds or changes and the files it touches (`annotations: all` shows everything).');
  const tail = notes.length ? `\n\n${notes.map((n) => `> ${n}`).join('\n>\n')}\n` : '';
  const markdown = renderMarkdown(report, options);
  const summary = truncateBytes(markdown, SUMMARY_LIMIT_BYTES - Buffer.byteLength(tail), '\n\n**Truncated**: see the job summary for the full report.\n') + tail;
  return { title: checkRunTitle(report), summary, annotations: sent };
}
