// Terminal output: a readable table, colour only when the stream is a TTY.
// One fact, one line: a control that rests on scanner findings says how many, and each finding
// is listed once under Findings with the controls it fails. Paths are repository-root-relative.
import { findingRef } from '../scanners/finding-ref.js';
import type { Report } from '../report/types.js';
import type { ControlStatus } from '../controls/types.js';
import type { VerdictItem } from '../scorecard/types.js';
import { location, repositoryPath } from './format-location.js';
import { STATUS_WORD } from './labels.js';
import { deltaText } from './delta.js';

export interface TextOptions {
  color: boolean;
}

const COLORS: Record<ControlStatus | 'bold' | 'dim', [number, number]> = {
  pass: [32, 39],
  fail: [31, 39],
  warn: [33, 39],
  waived: [36, 39],
  not_applicable: [90, 39],
  bold: [1, 22],
  dim: [2, 22],
};

/** Evidence lines shown per item; the rest is counted. */
export const MAX_TEXT_EVIDENCE = 5;

// Strip control characters from untrusted text so it cannot rewrite the terminal.
const clean = (s: string) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '?');

export function renderText(report: Report, options: TextOptions): string {
  const paint = (style: keyof typeof COLORS, s: string) => (options.color ? `\u001b[${COLORS[style][0]}m${s}\u001b[${COLORS[style][1]}m` : s);
  const at = (path?: string, line?: number) => clean(location(path === undefined ? undefined : repositoryPath(report.scannedPath, path), line));
  const details = (item: VerdictItem, indent: string): string[] => {
    const lines: string[] = [];
    const own = item.evidence.filter((e) => !e.finding);
    const facts = item.evidence.length - own.length;
    for (const e of own.slice(0, MAX_TEXT_EVIDENCE)) lines.push(paint('dim', `${indent}at ${at(e.path, e.line)}${e.path ? ': ' : ''}${clean(e.detail)}`));
    if (own.length > MAX_TEXT_EVIDENCE) lines.push(paint('dim', `${indent}...and ${own.length - MAX_TEXT_EVIDENCE} more`));
    if (facts) lines.push(paint('dim', `${indent}rests on ${facts} finding${facts > 1 ? 's' : ''} listed under Findings`));
    if (item.remediation[0]) lines.push(`${indent}fix: ${clean(item.remediation[0])}`);
    return lines;
  };

  const out: string[] = [];
  out.push(paint('bold', `readiness-gate: ${report.ready ? paint('pass', 'READY') : paint('fail', 'NOT READY')}`));
  out.push(clean(report.verdict), '');
  /** Finding fingerprint -> the workload controls and repository checks it fails or warns. */
  const usedBy = new Map<string, string[]>();
  const use = (fingerprint: string, by: string) => {
    const list = usedBy.get(fingerprint) ?? [];
    if (!list.includes(by)) list.push(by);
    usedBy.set(fingerprint, list);
  };
  for (const w of report.workloads) {
    out.push(paint('bold', `${clean(w.name)}  (${at(w.manifest)})`));
    out.push(`  asks for ${w.tier}, classified as ${w.level}, score ${w.score}, ${w.passedControls}/${w.totalControls} controls passed: ${w.ready ? paint('pass', 'ready') : paint('fail', 'blocked')}`);
    const width = Math.max(...w.controls.map((c) => c.id.length));
    const indent = `         ${' '.repeat(width)}      `;
    for (const c of w.controls) {
      const status = paint(c.status, STATUS_WORD[c.status].padEnd(6));
      out.push(`  ${status} ${c.id.padEnd(width)}  ${c.priority ?? '  '}  ${clean(c.message)}`);
      if (c.status !== 'fail' && c.status !== 'warn') continue;
      for (const e of c.evidence) if (e.finding) use(e.finding, `${clean(w.name)} ${c.id}`);
      out.push(...details(c, indent));
    }
    for (const x of w.waivers.filter((x) => x.state !== 'valid')) out.push(`  ${paint('fail', 'FAIL  ')} waiver  ${clean(x.problem ?? '')} (${at(x.path, x.line)})`);
    out.push('');
  }
  for (const r of report.repository.results) {
    out.push(`${paint(r.blocking ? 'fail' : 'warn', r.blocking ? 'FAIL' : 'warn')}${r.priority ? ` ${r.priority}` : ''} ${clean(r.message)}`);
    for (const e of r.evidence) if (e.finding) use(e.finding, `repository ${r.id}`);
    out.push(...details(r, '     '));
  }
  if (report.findings.length) {
    out.push('', paint('bold', `Findings (${report.findings.length})`));
    for (const f of report.findings) {
      const state = f.suppression ? paint('dim', ` [suppressed: ${f.suppression.kind}]`) : '';
      const fails = usedBy.get(findingRef(f));
      out.push(`  ${at(f.path, f.line)}:${f.column}  ${f.ruleId}  ${clean(f.message)}${f.redacted ? ` ${clean(f.redacted)}` : ''}${state}${fails ? paint('dim', ` [${fails.join(', ')}]`) : ''}`);
    }
  }
  if (report.delta) out.push('', ...deltaText(report.delta, clean, at));
  const skipped = Object.entries(report.stats.skipped).map(([k, v]) => `${v} ${k}`).join(', ');
  out.push('', paint('dim', `Scanned ${report.stats.filesScanned} of ${report.stats.filesListed} files${skipped ? ` (skipped: ${skipped})` : ''}. Policy: ${clean(report.policy)}.`));
  return `${out.join('\n')}\n`;
}
