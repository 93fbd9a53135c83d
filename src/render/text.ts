// Terminal output: a readable table, colour only when the stream is a TTY.
import type { Report } from '../report/types.js';
import type { ControlStatus } from '../controls/types.js';
import { location } from './format-location.js';
import { STATUS_WORD } from './labels.js';

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

export function renderText(report: Report, options: TextOptions): string {
  const paint = (style: keyof typeof COLORS, s: string) => (options.color ? `\u001b[${COLORS[style][0]}m${s}\u001b[${COLORS[style][1]}m` : s);
  // Strip control characters from untrusted text so it cannot rewrite the terminal.
  const clean = (s: string) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '?');
  const out: string[] = [];
  out.push(paint('bold', `readiness-gate: ${report.ready ? paint('pass', 'READY') : paint('fail', 'NOT READY')}`));
  out.push(clean(report.verdict), '');
  for (const w of report.workloads) {
    out.push(paint('bold', `${clean(w.name)}  (${w.manifest})`));
    out.push(`  asks for ${w.tier}, classified as ${w.level}, score ${w.score}, ${w.passedControls}/${w.totalControls} controls passed: ${w.ready ? paint('pass', 'ready') : paint('fail', 'blocked')}`);
    const width = Math.max(...w.controls.map((c) => c.id.length));
    for (const c of w.controls) {
      const status = paint(c.status, STATUS_WORD[c.status].padEnd(6));
      out.push(`  ${status} ${c.id.padEnd(width)}  ${c.priority ?? '  '}  ${clean(c.message)}`);
      if (c.status === 'fail' || c.status === 'warn') {
        for (const e of c.evidence.slice(0, 5)) out.push(paint('dim', `         ${' '.repeat(width)}      at ${location(e.path, e.line)}${e.path ? ': ' : ''}${clean(e.detail)}`));
        if (c.evidence.length > 5) out.push(paint('dim', `         ${' '.repeat(width)}      ...and ${c.evidence.length - 5} more`));
        if (c.remediation[0]) out.push(`         ${' '.repeat(width)}      fix: ${clean(c.remediation[0])}`);
      }
    }
    for (const x of w.waivers.filter((x) => x.state !== 'valid')) out.push(`  ${paint('fail', 'FAIL  ')} waiver  ${clean(x.problem ?? '')} (${location(x.path, x.line)})`);
    out.push('');
  }
  for (const b of report.repository.blocking) out.push(`${paint('fail', 'FAIL')} ${clean(b)}`);
  for (const w of report.repository.warnings) out.push(`${paint('warn', 'warn')} ${clean(w)}`);
  if (report.findings.length) {
    out.push('', paint('bold', `Findings (${report.findings.length})`));
    for (const f of report.findings) {
      const state = f.suppression ? paint('dim', ` [suppressed: ${f.suppression.kind}]`) : '';
      out.push(`  ${location(f.path, f.line)}:${f.column}  ${f.ruleId}  ${clean(f.message)}${f.redacted ? ` ${clean(f.redacted)}` : ''}${state}`);
    }
  }
  const skipped = Object.entries(report.stats.skipped).map(([k, v]) => `${v} ${k}`).join(', ');
  out.push('', paint('dim', `Scanned ${report.stats.filesScanned} of ${report.stats.filesListed} files${skipped ? ` (skipped: ${skipped})` : ''}. Policy: ${report.policy}.`));
  return `${out.join('\n')}\n`;
}
