// What the pull request changes against its base commit, for the PR comment, the job summary,
// the check run (markdown) and the terminal (text): the score change, controls that regressed
// or improved, new versus existing findings, new orphans and exceptions, and what the PR
// introduces that blocks (what `fail-on: new-findings` fails on). Pure.
import type { Delta, ControlChange } from '../scorecard/delta.js';
import { escapeMarkdown as esc, inlineCode as code } from './escape.js';
import { STATUS_SYMBOL } from './labels.js';

/** New findings listed one by one; the rest are counted (all are in the JSON report). */
export const MAX_DELTA_FINDINGS = 20;

type Link = (path: string, line?: number) => string;

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0');
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function changeWords(c: ControlChange): { who: string; what: string } {
  const who = c.workload === undefined ? 'Repository' : c.workload;
  return { who, what: c.from ? `${c.from} → ${c.to}` : `${c.to} (${c.workload === undefined ? 'new check' : 'new workload'})` };
}

export function deltaMarkdown(delta: Delta, link: Link): string[] {
  const out = [`### What this PR changes (against the base ${code(delta.base.slice(0, 12))})`, ''];
  const ready = (r: boolean) => (r ? '✅ ready' : '❌ not ready');
  out.push(
    `Score ${delta.score.base} → ${delta.score.head} (${signed(delta.score.change)}); base ${ready(delta.ready.base)}, with this PR ${ready(delta.ready.head)}. ${plural(delta.changedFiles, 'path')} differ${delta.changedFiles === 1 ? 's' : ''} from the base, ${delta.rescannedFiles} scanned again from it.`,
    '',
  );
  const moved = delta.workloads.filter((w) => w.change !== 'unchanged');
  if (delta.workloads.length > 1 && moved.length) {
    out.push('| Workload | Change | Base score | Score |', '| --- | --- | ---: | ---: |');
    for (const w of moved) out.push(`| ${esc(w.name)} | ${w.change} | ${w.score.base ?? ''} | ${w.score.head ?? ''} |`);
    out.push('');
  }
  const item = (symbol: string, c: ControlChange) => {
    const { who, what } = changeWords(c);
    return `- ${symbol} ${esc(who)}: **${esc(c.title)}** ${c.from ? `${STATUS_SYMBOL[c.from]} ` : ''}${esc(what)}${c.blocking ? ' (blocks)' : ''}`;
  };
  if (delta.regressed.length) out.push(`**Regressed (${delta.regressed.length})**`, '', ...delta.regressed.map((c) => item('🔻', c)), '');
  if (delta.improved.length) out.push(`**Improved (${delta.improved.length})**`, '', ...delta.improved.map((c) => item('🔺', c)), '');
  const f = delta.findings;
  out.push(`**Findings**: ${f.new.length} new in this PR, ${f.existing} already on the base, ${f.fixed} fixed.`, '');
  if (f.new.length) {
    out.push('| New finding | Location | Severity | Blocks |', '| --- | --- | --- | --- |');
    for (const n of f.new.slice(0, MAX_DELTA_FINDINGS)) out.push(`| ${code(n.ruleId)} | ${link(n.path, n.line)} | ${n.severity} | ${n.blocking ? '❌ yes' : 'no'} |`);
    if (f.new.length > MAX_DELTA_FINDINGS) out.push('', `...and ${f.new.length - MAX_DELTA_FINDINGS} more new findings; see the JSON report.`);
    out.push('');
  }
  if (delta.newOrphans.length) {
    out.push(`**New orphans (${delta.newOrphans.length})**: ${delta.newOrphans.map((o) => `${esc(o.kind)} ${esc(o.name)} (${link(o.path, o.line)})`).join(', ')}`, '');
  }
  if (delta.newExceptions) out.push(`**New exceptions, need review**: ${delta.newExceptions} (listed under Repository).`, '');
  out.push(
    delta.introduced.length
      ? `**Introduced by this PR, blocks promotion (${delta.introduced.length})**: what \`fail-on: new-findings\` fails on.`
      : '**Introduced by this PR**: nothing that blocks promotion; `fail-on: new-findings` passes.',
    '',
  );
  for (const line of delta.introduced) out.push(`- ${esc(line)}`);
  out.push('');
  return out;
}

export function deltaText(delta: Delta, clean: (s: string) => string, at: (path: string, line?: number) => string): string[] {
  const f = delta.findings;
  const out = [
    `Against the base ${delta.base.slice(0, 12)}: score ${delta.score.base} -> ${delta.score.head} (${signed(delta.score.change).replace('−', '-')}), ${delta.changedFiles === 1 ? '1 path differs' : `${delta.changedFiles} paths differ`}, ${delta.rescannedFiles} scanned again`,
    `  findings: ${f.new.length} new, ${f.existing} already on the base, ${f.fixed} fixed`,
  ];
  for (const n of f.new.slice(0, MAX_DELTA_FINDINGS)) out.push(`  new      ${at(n.path, n.line)}  ${n.ruleId}${n.blocking ? '  (blocks)' : ''}`);
  if (f.new.length > MAX_DELTA_FINDINGS) out.push(`  ...and ${f.new.length - MAX_DELTA_FINDINGS} more new findings`);
  const line = (label: string, c: ControlChange) => {
    const { who, what } = changeWords(c);
    return `  ${label} ${clean(who)} ${c.control}: ${what.replace('→', '->')}${c.blocking ? ' (blocks)' : ''}`;
  };
  for (const c of delta.regressed) out.push(line('regressed', c));
  for (const c of delta.improved) out.push(line('improved ', c));
  for (const o of delta.newOrphans) out.push(`  new orphan ${clean(o.kind)} ${clean(o.name)} (${at(o.path, o.line)})`);
  if (delta.newExceptions) out.push(`  new exceptions, need review: ${delta.newExceptions}`);
  out.push(delta.introduced.length ? `  introduced by this PR (fail-on new-findings fails): ${delta.introduced.length}` : '  introduced by this PR: nothing that blocks (fail-on new-findings passes)');
  return out;
}
