// The job summary and the body of the PR comment: the verdict first, then what to fix first
// (risk, evidence linked to the file and line, fix), then each workload, then the findings by
// severity with low-value notes counted and folded. Pure: same report, same bytes.
import type { Report } from '../report/types.js';
import type { WorkloadScore } from '../scorecard/scorecard.js';
import type { VerdictItem } from '../scorecard/types.js';
import type { Finding, Severity } from '../scanners/types.js';
import { escapeMarkdown as esc, inlineCode as code } from './escape.js';
import { evidenceLink, type LinkContext } from './links.js';
import { LEVEL_TEXT, STATUS_SYMBOL } from './labels.js';
import { appendAll } from '../util/append.js';
import { deltaMarkdown } from './delta.js';

export interface MarkdownOptions {
  /** Link evidence to the file and line at this commit. */
  links?: LinkContext;
}

const FIX_FIRST = 5;
const MAX_FINDINGS_PER_GROUP = 50;
const MAX_EVIDENCE = 10;
const SEVERITIES: Severity[] = ['critical', 'high', 'medium', 'low'];

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const link = (path: string, line?: number) => evidenceLink(options.links, report.scannedPath, path, line);
  const out: string[] = [];
  out.push(`## ${report.ready ? '✅' : '❌'} readiness-gate: ${report.ready ? 'ready to promote' : 'not ready to promote'}`);
  out.push('', `> ${esc(report.verdict)}`, '');
  if (report.delta) appendAll(out, deltaMarkdown(report.delta, link));
  const fixFirst = blockersFirst(report);
  appendAll(out, renderFixFirst(fixFirst, report, link));
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
  const detailed = new Set(fixFirst.map(({ c }) => c));
  for (const w of report.workloads) appendAll(out, renderWorkload(w, link, detailed));
  appendAll(out, renderFindings(report, link));
  appendAll(out, renderStats(report));
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

type Link = (path: string, line?: number) => string;

interface FixItem {
  /** Whose blocker it is, shown when it is not obvious (several workloads, or the repository). */
  label?: string;
  c: VerdictItem;
}

/** Every blocker: the workloads' in order, then the repository's (secrets no workload owns, no manifest). */
function allBlockers(report: Report): FixItem[] {
  const many = report.workloads.length > 1;
  return [
    ...report.workloads.flatMap((w) => w.controls.filter((c) => c.blocking).map((c) => ({ ...(many ? { label: w.name } : {}), c }))),
    ...report.repository.results.filter((r) => r.blocking).map((r) => ({ label: 'Repository', c: r })),
  ];
}

/** The first blockers: the list an author works through first. */
function blockersFirst(report: Report): FixItem[] {
  return allBlockers(report).slice(0, FIX_FIRST);
}

function renderFixFirst(shown: FixItem[], report: Report, link: Link): string[] {
  if (!shown.length) return [];
  const total = allBlockers(report).length;
  const out = ['### Fix first', ''];
  shown.forEach(({ label, c }, i) => appendAll(out, renderItem(i + 1, c, link, label)));
  if (total > shown.length) out.push('', `...and ${total - shown.length} more blocker${total - shown.length > 1 ? 's' : ''} below.`);
  out.push('');
  return out;
}

/** Blockers already detailed under "Fix first" are listed in one line each; the others in full. */
function renderWorkload(w: WorkloadScore, link: Link, detailed: Set<VerdictItem>): string[] {
  const out = [`### ${w.ready ? '✅' : '❌'} ${esc(w.name)}`, '', `${esc(LEVEL_TEXT[w.level])}. Manifest: ${link(w.manifest)}.`, ''];
  const blocking = w.controls.filter((c) => c.blocking);
  const invalidWaivers = w.waivers.filter((x) => x.state !== 'valid');
  if (blocking.length || invalidWaivers.length) {
    out.push('**Blocks promotion (P0)**', '');
    blocking.forEach((c, i) =>
      detailed.has(c) ? out.push(`${i + 1}. **${esc(c.title)}**: ${esc(c.message)}${c.evidence[0]?.path ? ` (${link(c.evidence[0].path, c.evidence[0].line)})` : ''}`) : appendAll(out, renderItem(i + 1, c, link)),
    );
    invalidWaivers.forEach((x, i) => out.push(`${blocking.length + i + 1}. **Waiver** ${esc(x.problem ?? '')}`, `   - Evidence: ${link(x.path, x.line)}`, '   - Fix: renew the waiver with a new approval, or fix the control it covers.'));
    out.push('');
  }
  const later = w.controls.filter((c) => c.status === 'warn');
  if (later.length) {
    out.push('<details><summary>To fix before general availability (P1) and advice (P2): ' + later.length + '</summary>', '');
    later.forEach((c, i) => appendAll(out, renderItem(i + 1, c, link)));
    out.push('', '</details>', '');
  }
  out.push('<details><summary>All controls</summary>', '', '| Control | Status | Priority | Result |', '| --- | --- | --- | --- |');
  for (const c of w.controls) {
    const waiver = c.waiver ? ` Waived until ${esc(c.waiver.expires)} by ${esc(c.waiver.approver)}: ${esc(c.waiver.reason)}` : '';
    out.push(`| ${esc(c.title)} | ${STATUS_SYMBOL[c.status]} ${c.status} | ${c.priority ?? ''} | ${esc(c.message)}${waiver} |`);
  }
  out.push('', '</details>', '');
  return out;
}

function renderItem(n: number, c: VerdictItem, link: Link, workload?: string): string[] {
  const lines = [`${n}. **${workload ? `${esc(workload)}: ` : ''}${esc(c.title)}**${c.priority && !c.blocking ? ` (${c.priority})` : ''}: ${esc(c.message)}`, `   - Risk: ${esc(c.risk)}`];
  const evidence = c.evidence.slice(0, MAX_EVIDENCE);
  for (const e of evidence) lines.push(`   - Evidence: ${e.path ? `${link(e.path, e.line)} ` : ''}${esc(e.detail)}`);
  if (c.evidence.length > evidence.length) lines.push(`   - ...and ${c.evidence.length - evidence.length} more`);
  for (const fix of c.remediation) lines.push(`   - Fix: ${esc(fix)}`);
  return lines;
}

const FINDING_GROUPS = [
  ['P0', 'blocks promotion'],
  ['P1', 'fix before general availability'],
  ['P2', 'advice'],
] as const;

function renderFindings(report: Report, link: Link): string[] {
  const out: string[] = [];
  const open = report.findings.filter((f) => !f.suppression);
  const suppressed = report.findings.filter((f) => f.suppression);
  if (open.length || suppressed.length) {
    out.push(`### Findings (${open.length} open${suppressed.length ? `, ${suppressed.length} suppressed` : ''})`, '');
    // By what each finding costs (its priority, set by the scorecard), most severe first within each.
    for (const [priority, label] of FINDING_GROUPS) {
      const group = open.filter((f) => (f.priority ?? 'P2') === priority).sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
      if (group.length) appendAll(out, findingTable(`${priority}: ${label} (${group.length})`, group, link));
    }
    if (suppressed.length) appendAll(out, findingTable(`suppressed (${suppressed.length})`, suppressed, link));
  }
  // Templated image references are notes, not problems: counted, listed only when unfolded.
  const unresolved = report.images.filter((i) => i.status === 'unresolved');
  if (unresolved.length) {
    out.push(`<details><summary>Notes: ${unresolved.length} image reference${unresolved.length > 1 ? 's' : ''} could not be resolved (templated values)</summary>`, '');
    for (const i of unresolved.slice(0, MAX_FINDINGS_PER_GROUP)) out.push(`- ${link(i.path, i.line)} ${code(i.image)}`);
    if (unresolved.length > MAX_FINDINGS_PER_GROUP) out.push(`- ...and ${unresolved.length - MAX_FINDINGS_PER_GROUP} more`);
    out.push('', '</details>', '');
  }
  return out;
}

function findingTable(title: string, findings: Finding[], link: Link): string[] {
  const shown = findings.slice(0, MAX_FINDINGS_PER_GROUP);
  const out = [`<details><summary>${title}</summary>`, '', '| Rule | Location | Detail | Status |', '| --- | --- | --- | --- |'];
  for (const f of shown) {
    const status = f.suppression ? `suppressed (${f.suppression.kind}: ${esc(f.suppression.reason)})` : f.context === 'source' ? 'open' : `open (${f.context})`;
    out.push(`| ${code(f.ruleId)} | ${link(f.path, f.line)} | ${esc(f.message)}${f.redacted ? ` ${code(f.redacted)}` : ''} | ${status} |`);
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
  return [`<sub>Scanned ${s.filesScanned} of ${s.filesListed} files${report.scannedPath ? ` under ${code(report.scannedPath)}` : ''}${skipped ? ` (skipped: ${skipped})` : ''}. Policy: ${esc(report.policy)}. readiness-gate ${report.tool.version}.</sub>`];
}
