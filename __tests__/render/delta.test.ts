// The delta section of the comment/summary and of the text report: what the PR changes, with
// untrusted names escaped, new findings linked and capped, and the fail-on line that says
// whether `fail-on: new-findings` fails.
import { deltaMarkdown, deltaText, MAX_DELTA_FINDINGS } from '../../src/render/delta.js';
import type { Delta } from '../../src/scorecard/delta.js';

function delta(overrides: Partial<Delta> = {}): Delta {
  return {
    base: 'c0ffee'.repeat(7).slice(0, 40),
    changedFiles: 3,
    rescannedFiles: 2,
    ready: { base: true, head: false },
    score: { base: 100, head: 85, change: -15 },
    workloads: [
      { name: 'api', change: 'changed', score: { base: 100, head: 85 }, ready: { base: true, head: false } },
      { name: '<b>@ops</b>', change: 'added', score: { head: 40 }, ready: { head: false } },
    ],
    regressed: [{ workload: 'api', control: 'image_pinning', title: 'Pinned images', from: 'pass', to: 'fail', blocking: true }],
    improved: [{ workload: 'api', control: 'telemetry', title: 'Logs, metrics and trace export', from: 'warn', to: 'pass', blocking: false }],
    findings: { new: [{ ref: 'images/latest-tag@k8s/d.yaml:4:5', ruleId: 'images/latest-tag', path: 'k8s/d.yaml', line: 4, severity: 'high', blocking: true }], existing: 5, fixed: 1 },
    newOrphans: [{ kind: 'kubernetes', name: 'worker', path: 'deploy/worker.yaml', line: 2, blocking: false }],
    newExceptions: 1,
    introduced: ["Workload 'api': Pinned images regressed from pass to fail."],
    ...overrides,
  };
}

const link = (path: string, line?: number) => `[${path}:${line}]`;

describe('delta markdown', () => {
  it('shows the score change, regressions, improvements, findings, orphans, exceptions and what fails', () => {
    const md = deltaMarkdown(delta(), link).join('\n');
    expect(md).toContain('### What this PR changes (against the base `c0ffeec0ffee`)');
    expect(md).toContain('Score 100 → 85 (−15); base ✅ ready, with this PR ❌ not ready. 3 paths differ from the base, 2 scanned again from it.');
    expect(md).toContain('**Regressed (1)**');
    expect(md).toContain('- 🔻 api: **Pinned images** ✅ pass → fail (blocks)');
    expect(md).toContain('- 🔺 api: **Logs, metrics and trace export** ⚠️ warn → pass');
    expect(md).toContain('**Findings**: 1 new in this PR, 5 already on the base, 1 fixed.');
    expect(md).toContain('| `images/latest-tag` | [k8s/d.yaml:4] | high | ❌ yes |');
    expect(md).toContain('**New orphans (1)**: kubernetes worker ([deploy/worker.yaml:2])');
    expect(md).toContain('**New exceptions, need review**: 1');
    expect(md).toContain("**Introduced by this PR, blocks promotion (1)**");
    expect(md).toContain("- Workload 'api': Pinned images regressed from pass to fail\\.");
  });

  it('escapes workload names: no HTML, no mention', () => {
    const md = deltaMarkdown(delta(), link).join('\n');
    expect(md).not.toContain('<b>');
    expect(md).not.toMatch(/@ops/);
    expect(md).toContain('&lt;b&gt;@\u200Bops&lt;/b&gt;');
  });

  it('says when nothing blocking is introduced, and lists no empty sections', () => {
    const md = deltaMarkdown(delta({ regressed: [], improved: [], newOrphans: [], newExceptions: 0, introduced: [], findings: { new: [], existing: 2, fixed: 0 }, workloads: [] }), link).join('\n');
    expect(md).toContain('nothing that blocks promotion; `fail-on: new-findings` passes');
    expect(md).not.toMatch(/Regressed|Improved|New orphans|New exceptions|\| New finding/);
  });

  it('caps the new findings listed, counting the rest', () => {
    const many = Array.from({ length: MAX_DELTA_FINDINGS + 3 }, (_, i) => ({ ref: `r@a.py:${i + 1}:1`, ruleId: 'secrets/x', path: 'a.py', line: i + 1, severity: 'high' as const, blocking: true }));
    const md = deltaMarkdown(delta({ findings: { new: many, existing: 0, fixed: 0 } }), link).join('\n');
    expect(md.match(/\| `secrets\/x` \|/g)).toHaveLength(MAX_DELTA_FINDINGS);
    expect(md).toContain('...and 3 more new findings');
  });
});

describe('delta text', () => {
  it('one line per change, paths through the caller', () => {
    const text = deltaText(delta(), (s) => s, (p, l) => `repo/${p}:${l}`).join('\n');
    expect(text).toContain('Against the base c0ffeec0ffee: score 100 -> 85 (-15), 3 paths differ, 2 scanned again');
    expect(text).toContain('findings: 1 new, 5 already on the base, 1 fixed');
    expect(text).toContain('new      repo/k8s/d.yaml:4  images/latest-tag  (blocks)');
    expect(text).toContain('regressed api image_pinning: pass -> fail (blocks)');
    expect(text).toContain('new orphan kubernetes worker (repo/deploy/worker.yaml:2)');
    expect(text).toContain('introduced by this PR (fail-on new-findings fails): 1');
  });
});
