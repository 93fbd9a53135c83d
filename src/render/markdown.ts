// The PR comment and job summary: the verdict first, then what blocks and how to fix it.
import type { Report } from '../report/types.js';
import type { ControlResult, WorkloadScore } from '../scorecard/scorecard.js';
import type { Finding } from '../scanners/types.js';
import { escapeMarkdown as esc, inlineCode as code } from './escape.js';
import { location } from './format-location.js';
import { LEVEL_TEXT, STATUS_SYMBOL } from './labels.js';
import { appendAll } from '../util/append.js';

/** Marks the comment so a publisher can find and update it instead of posting another. */
export const COMMENT_MARKER = '<!-- readiness-gate:report -->';

const MAX_FINDINGS = 50;
const MAX_EVIDENCE = 10;

export function renderMarkdown(report: Report): string {
  const out: string[] = [COMMENT_MARKER];
  out.push(`## ${report.ready ? '✅' : '❌'} readiness-gate: ${report.ready ? 'ready to promote' : 'not ready to promote'}`);
  out.push('', `> ${esc(report.verdict)}`, '');
  if (report.workloads.length) {
    out.push('| Workload | Asks for | Classified as | Score | Controls passed | Verdict |', '| --- | --- | --- | ---: | ---: | --- |');
    for (const w of report.workloads) {
      out.push(`| ${esc(w.name)} | ${w.tier} | ${w.level} | ${w.score} | ${w.passedControls}/${w.totalControls} | ${w.ready ? '✅ ready' : `❌ ${w.blocking.length} blocker${w.blocking.length > 1 ? 's' : ''}`} |`);
    }
    out.push('');
  }
  if (report.repository.blocking.length || report.repository.warnings.length) {
    out.push('### Repository');
    for (const b of report.repository.blocking) out.push(`- ❌ **P0** ${esc(b)}`);
    for (const w of report.repository.warnings) out.push(`- ⚠️ ${esc(w)}`);
    out.push('');
  }
  for (const w of report.workloads) appendAll(out, renderWorkload(w));
  appendAll(out, renderFindings(report.findings));
  appendAll(out, renderStats(report));
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

function renderWorkload(w: WorkloadScore): string[] {
  const out = [`### ${w.ready ? '✅' : '❌'} ${esc(w.name)}`, '', `${esc(LEVEL_TEXT[w.level])}. Manifest: ${code(w.manifest)}.`, ''];
  const blocking = w.controls.filter((c) => c.blocking);
  const invalidWaivers = w.waivers.filter((x) => x.state !== 'valid');
  if (blocking.length || invalidWaivers.length) {
    out.push('**Blocks promotion (P0)**', '');
    blocking.forEach((c, i) => appendAll(out, renderItem(i + 1, c)));
    invalidWaivers.forEach((x, i) => out.push(`${blocking.length + i + 1}. **Waiver** ${esc(x.problem ?? '')}`, `   - Evidence: ${code(location(x.path, x.line))}`, '   - Fix: renew the waiver with a new approval, or fix the control it covers.'));
    out.push('');
  }
  const later = w.controls.filter((c) => c.status === 'warn');
  if (later.length) {
    out.push('**To fix before general availability (P1) and advice (P2)**', '');
    later.forEach((c, i) => appendAll(out, renderItem(i + 1, c)));
    out.push('');
  }
  out.push('<details><summary>All controls</summary>', '', '| Control | Status | Priority | Result |', '| --- | --- | --- | --- |');
  for (const c of w.controls) {
    const waiver = c.waiver ? ` Waived until ${esc(c.waiver.expires)} by ${esc(c.waiver.approver)}: ${esc(c.waiver.reason)}` : '';
    out.push(`| ${esc(c.title)} | ${STATUS_SYMBOL[c.status]} ${c.status} | ${c.priority ?? ''} | ${esc(c.message)}${waiver} |`);
  }
  out.push('', '</details>', '');
  return out;
}

function renderItem(n: number, c: ControlResult): string[] {
  const lines = [`${n}. **${esc(c.title)}**${c.priority && !c.blocking ? ` (${c.priority})` : ''}: ${esc(c.message)}`, `   - Risk: ${esc(c.risk)}`];
  const evidence = c.evidence.slice(0, MAX_EVIDENCE);
  for (const e of evidence) lines.push(`   - Evidence: ${e.path ? `${code(location(e.path, e.line))} ` : ''}${esc(e.detail)}`);
  if (c.evidence.length > evidence.length) lines.push(`   - ...and ${c.evidence.length - evidence.length} more`);
  for (const fix of c.remediation) lines.push(`   - Fix: ${esc(fix)}`);
  return lines;
}

function renderFindings(findings: Finding[]): string[] {
  if (!findings.length) return [];
  const shown = findings.slice(0, MAX_FINDINGS);
  const out = ['<details><summary>Scanner findings (' + findings.length + ')</summary>', '', '| Rule | Location | Detail | Status |', '| --- | --- | --- | --- |'];
  for (const f of shown) {
    const status = f.suppression ? `suppressed (${f.suppression.kind}: ${esc(f.suppression.reason)})` : f.context === 'source' ? 'open' : `open (${f.context})`;
    out.push(`| ${code(f.ruleId)} | ${code(location(f.path, f.line))} | ${esc(f.message)}${f.redacted ? ` ${code(f.redacted)}` : ''} | ${status} |`);
  }
  if (findings.length > shown.length) out.push('', `...and ${findings.length - shown.length} more; see the JSON or SARIF output.`);
  out.push('', '</details>', '');
  return out;
}

function renderStats(report: Report): string[] {
  const s = report.stats;
  const skipped = Object.entries(s.skipped)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([reason, n]) => `${n} ${reason}`)
    .join(', ');
  return [`<sub>Scanned ${s.filesScanned} of ${s.filesListed} files${skipped ? ` (skipped: ${skipped})` : ''}. Policy: ${esc(report.policy)}. readiness-gate ${report.tool.version}.</sub>`];
}
