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

// Line by line: each blank line, table row and suffix is part of what a reviewer reads.
const many = (n: number, blocking = true) => Array.from({ length: n }, (_, i) => ({ ref: `r@a.py:${i + 1}:1`, ruleId: 'secrets/x', path: 'a.py', line: i + 1, severity: 'high' as const, blocking }));
/** A PR that changes nothing that blocks: one path, a better score, no sections of their own. */
const quiet = (over: Partial<Delta> = {}) =>
  delta({ changedFiles: 1, rescannedFiles: 1, ready: { base: true, head: true }, score: { base: 80, head: 85, change: 5 }, workloads: [], regressed: [], improved: [], findings: { new: [], existing: 0, fixed: 0 }, newOrphans: [], newExceptions: 0, introduced: [], ...over });

describe('delta markdown, line by line', () => {
  it('the whole section in order, each part followed by one blank line', () => {
    expect(deltaMarkdown(delta(), link)).toEqual([
      '### What this PR changes (against the base `c0ffeec0ffee`)',
      '',
      'Score 100 → 85 (−15); base ✅ ready, with this PR ❌ not ready. 3 paths differ from the base, 2 scanned again from it.',
      '',
      '| Workload | Change | Base score | Score |',
      '| --- | --- | ---: | ---: |',
      '| api | changed | 100 | 85 |',
      '| &lt;b&gt;@\u200Bops&lt;/b&gt; | added |  | 40 |',
      '',
      '**Regressed (1)**',
      '',
      '- 🔻 api: **Pinned images** ✅ pass → fail (blocks)',
      '',
      '**Improved (1)**',
      '',
      '- 🔺 api: **Logs, metrics and trace export** ⚠️ warn → pass',
      '',
      '**Findings**: 1 new in this PR, 5 already on the base, 1 fixed.',
      '',
      '| New finding | Location | Severity | Blocks |',
      '| --- | --- | --- | --- |',
      '| `images/latest-tag` | [k8s/d.yaml:4] | high | ❌ yes |',
      '',
      '**New orphans (1)**: kubernetes worker ([deploy/worker.yaml:2])',
      '',
      '**New exceptions, need review**: 1 (listed under Repository).',
      '',
      '**Introduced by this PR, blocks promotion (1)**: what `fail-on: new-findings` fails on.',
      '',
      "- Workload 'api': Pinned images regressed from pass to fail\\.",
      '',
    ]);
  });

  it('a quiet PR: one path differs, the score rises, nothing introduced', () => {
    expect(deltaMarkdown(quiet(), link)).toEqual([
      '### What this PR changes (against the base `c0ffeec0ffee`)',
      '',
      'Score 80 → 85 (+5); base ✅ ready, with this PR ✅ ready. 1 path differs from the base, 1 scanned again from it.',
      '',
      '**Findings**: 0 new in this PR, 0 already on the base, 0 fixed.',
      '',
      '**Introduced by this PR**: nothing that blocks promotion; `fail-on: new-findings` passes.',
      '',
      '',
    ]);
  });

  it.each([
    [0, '±0'],
    [5, '+5'],
    [-1, '−1'],
  ])('a score change of %d reads %s', (change, text) => {
    expect(deltaMarkdown(quiet({ score: { base: 50, head: 50 + change, change } }), link)[2]).toMatch(new RegExp(`^Score 50 → ${50 + change} \\(${text.replace('+', '\\+')}\\);`));
  });

  it('the workload table lists only workloads that moved, and only when there are several', () => {
    const api = { name: 'api', change: 'changed' as const, score: { base: 100, head: 85 }, ready: { base: true, head: false } };
    const same = { name: 'web', change: 'unchanged' as const, score: { base: 90, head: 90 }, ready: { base: true, head: true } };
    const gone = { name: 'old', change: 'removed' as const, score: { base: 70 }, ready: { base: true } };
    const table = (workloads: Delta['workloads']) => deltaMarkdown(quiet({ workloads }), link).filter((l) => l.startsWith('| '));
    expect(table([api, same, gone])).toEqual(['| Workload | Change | Base score | Score |', '| --- | --- | ---: | ---: |', '| api | changed | 100 | 85 |', '| old | removed | 70 |  |']);
    // One workload: the score line says it all. Several, none moved: nothing to list.
    expect(table([api])).toEqual([]);
    expect(table([same, { ...same, name: 'worker' }])).toEqual([]);
  });

  it('a control new on the head names itself as a new check (repository) or as part of a new workload, without a from symbol', () => {
    const md = deltaMarkdown(
      quiet({
        regressed: [
          { control: 'unowned_secrets', title: 'Secrets no workload owns', to: 'fail', blocking: true },
          { workload: 'worker', control: 'identity', title: 'Managed identity', to: 'warn', blocking: false },
        ],
      }),
      link,
    );
    expect(md.filter((l) => l.startsWith('- 🔻'))).toEqual(['- 🔻 Repository: **Secrets no workload owns** fail \\(new check\\) (blocks)', '- 🔻 worker: **Managed identity** warn \\(new workload\\)']);
  });

  it('a new finding that does not block says no; several orphans are listed apart', () => {
    const md = deltaMarkdown(
      quiet({
        findings: { new: many(1, false), existing: 0, fixed: 0 },
        newOrphans: [
          { kind: 'kubernetes', name: 'a', path: 'k/a.yaml', line: 1, blocking: false },
          { kind: 'compose-service', name: 'b', path: 'c.yaml', line: 3, blocking: false },
        ],
      }),
      link,
    );
    expect(md).toContain('| `secrets/x` | [a.py:1] | high | no |');
    expect(md).toContain('**New orphans (2)**: kubernetes a ([k/a.yaml:1]), compose\\-service b ([c.yaml:3])');
  });

  it('exactly the cap of new findings lists them all with no remainder; one more is counted after a blank line', () => {
    const rows = (n: number) => deltaMarkdown(quiet({ findings: { new: many(n), existing: 0, fixed: 0 } }), link);
    const atCap = rows(MAX_DELTA_FINDINGS);
    expect(atCap.filter((l) => l.startsWith('| `secrets/x`'))).toHaveLength(MAX_DELTA_FINDINGS);
    expect(atCap.join('\n')).not.toContain('more new findings');
    const over = rows(MAX_DELTA_FINDINGS + 1);
    const last = over.findIndex((l) => l.startsWith('...and'));
    expect(over.slice(last - 2, last + 2)).toEqual([`| \`secrets/x\` | [a.py:${MAX_DELTA_FINDINGS}] | high | ❌ yes |`, '', '...and 1 more new findings; see the JSON report.', '']);
  });
});

describe('delta text, line by line', () => {
  const at = (p: string, l?: number) => `repo/${p}:${l}`;

  it('every change on its own line, in order', () => {
    expect(deltaText(delta(), (s) => s, at)).toEqual([
      'Against the base c0ffeec0ffee: score 100 -> 85 (-15), 3 paths differ, 2 scanned again',
      '  findings: 1 new, 5 already on the base, 1 fixed',
      '  new      repo/k8s/d.yaml:4  images/latest-tag  (blocks)',
      '  regressed api image_pinning: pass -> fail (blocks)',
      '  improved  api telemetry: warn -> pass',
      '  new orphan kubernetes worker (repo/deploy/worker.yaml:2)',
      '  new exceptions, need review: 1',
      '  introduced by this PR (fail-on new-findings fails): 1',
    ]);
  });

  it('a quiet PR: one path, a rising score, a new finding that does not block, a new check and a new workload', () => {
    const d = quiet({
      findings: { new: many(1, false), existing: 2, fixed: 3 },
      regressed: [{ control: 'unowned_secrets', title: 'Secrets no workload owns', to: 'warn', blocking: false }],
      improved: [{ workload: 'worker', control: 'identity', title: 'Managed identity', to: 'pass', blocking: false }],
    });
    expect(deltaText(d, (s) => s.toUpperCase(), at)).toEqual([
      'Against the base c0ffeec0ffee: score 80 -> 85 (+5), 1 path differs, 1 scanned again',
      '  findings: 1 new, 2 already on the base, 3 fixed',
      '  new      repo/a.py:1  secrets/x',
      '  regressed REPOSITORY unowned_secrets: warn (new check)',
      '  improved  WORKER identity: pass (new workload)',
      '  introduced by this PR: nothing that blocks (fail-on new-findings passes)',
    ]);
  });

  it('new findings are listed up to the cap; the rest are counted', () => {
    const lines = (n: number) => deltaText(quiet({ findings: { new: many(n), existing: 0, fixed: 0 } }), (s) => s, at);
    expect(lines(MAX_DELTA_FINDINGS).filter((l) => l.startsWith('  new '))).toHaveLength(MAX_DELTA_FINDINGS);
    expect(lines(MAX_DELTA_FINDINGS).join('\n')).not.toContain('more new findings');
    const over = lines(MAX_DELTA_FINDINGS + 3);
    expect(over.filter((l) => l.startsWith('  new '))).toHaveLength(MAX_DELTA_FINDINGS);
    expect(over).toContain('  ...and 3 more new findings');
  });
});
