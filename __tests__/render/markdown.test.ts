// The job summary and PR comment body: what a reviewer reads to decide. Each test changes one
// thing of an in-memory report and asserts the lines a reader relies on.
import { renderMarkdown } from '../../src/render/markdown.js';
import { blocker, control, finding, image, report, waiver, warning, workload } from './pr-report.js';
import type { Delta } from '../../src/scorecard/delta.js';

const LINKS = { serverUrl: 'https://ghe.example.com/', repository: 'o/r', sha: 'abc123' };
const lines = (md: string) => md.split('\n');

describe('the whole document', () => {
  it('renders verdict, fix first, table, repository, workload, findings, notes and stats in that order', () => {
    const r = report({
      scannedPath: 'svc',
      workloads: [
        workload({
          controls: [blocker(1), warning(2), control({ status: 'waived', waiver: { reason: 'why', approver: 'bob', expires: '2027-01-01' } })],
          waivers: [waiver()],
        }),
      ],
      findings: [finding(), finding({ severity: 'low', suppression: { kind: 'baseline', reason: 'old' } })],
      images: [image()],
      repository: { blocking: ['secret in x'], warnings: ['w'], results: [] },
      stats: { filesListed: 3, filesScanned: 2, bytesScanned: 1, skipped: { symlink: 1, binary: 2 } },
    });
    const u = (p: string) => `https://ghe.example.com/o/r/blob/abc123/${p}`;
    expect(renderMarkdown(r, { links: LINKS })).toBe(
      [
        '## ❌ readiness-gate: not ready to promote',
        '',
        '> A workload is not ready\\.',
        '',
        '### Fix first',
        '',
        '1. **Blocker 1**: message 1\\.',
        '   - Risk: risk 1\\.',
        `   - Evidence: [\`svc/f1.yaml:1\`](${u('svc/f1.yaml#L1')}) detail 1`,
        '   - Fix: fix 1',
        '',
        '| Workload | Asks for | Classified as | Score | Controls passed | Verdict |',
        '| --- | --- | --- | ---: | ---: | --- |',
        '| svc | production | prototype | 100 | 0/3 | ❌ 1 blocker |',
        '',
        '### Repository',
        '- ❌ **P0** secret in x',
        '- ⚠️ w',
        '',
        '### ❌ svc',
        '',
        `prototype: does not yet meet the experiment bar. Manifest: [\`svc/readiness.yaml\`](${u('svc/readiness.yaml')}).`,
        '',
        '**Blocks promotion (P0)**',
        '',
        `1. **Blocker 1**: message 1\\. ([\`svc/f1.yaml:1\`](${u('svc/f1.yaml#L1')}))`,
        '2. **Waiver** waiver expired\\.',
        `   - Evidence: [\`svc/readiness.yaml:40\`](${u('svc/readiness.yaml#L40')})`,
        '   - Fix: renew the waiver with a new approval, or fix the control it covers.',
        '',
        '<details><summary>To fix before general availability (P1) and advice (P2): 1</summary>',
        '',
        '1. **Warning 2** (P1): warn message 2\\.',
        '   - Risk: warn risk 2\\.',
        `   - Evidence: [\`svc/w2.yaml:2\`](${u('svc/w2.yaml#L2')}) warn detail 2`,
        '   - Fix: warn fix 2',
        '',
        '</details>',
        '',
        '<details><summary>All controls</summary>',
        '',
        '| Control | Status | Priority | Result |',
        '| --- | --- | --- | --- |',
        '| Blocker 1 | ❌ fail | P0 | message 1\\. |',
        '| Warning 2 | ⚠️ warn | P1 | warn message 2\\. |',
        '| Telemetry | ⏸️ waived |  | logs, metrics and traces are exported\\. Waived until 2027\\-01\\-01 by bob: why |',
        '',
        '</details>',
        '',
        '### Findings (1 open, 1 suppressed)',
        '',
        '<details><summary>P2: advice (1)</summary>',
        '',
        '| Rule | Location | Detail | Status |',
        '| --- | --- | --- | --- |',
        `| \`images/latest-tag\` | [\`svc/k8s/deploy.yaml:7\`](${u('svc/k8s/deploy.yaml#L7')}) | Image uses latest\\. | open |`,
        '',
        '</details>',
        '',
        '<details><summary>suppressed (1)</summary>',
        '',
        '| Rule | Location | Detail | Status |',
        '| --- | --- | --- | --- |',
        `| \`images/latest-tag\` | [\`svc/k8s/deploy.yaml:7\`](${u('svc/k8s/deploy.yaml#L7')}) | Image uses latest\\. | suppressed (baseline: old) |`,
        '',
        '</details>',
        '',
        '<details><summary>Notes: 1 image reference could not be resolved (templated values)</summary>',
        '',
        `- [\`svc/chart/values.yaml:4\`](${u('svc/chart/values.yaml#L4')}) \`{{ .Values.image }}\``,
        '',
        '</details>',
        '',
        '<sub>Scanned 2 of 3 files under `svc` (skipped: 2 binary, 1 symlink). Policy: built\\-in. readiness-gate 9.9.9.</sub>',
        '',
      ].join('\n'),
    );
  });

  it('a ready report with nothing to fix has a ready heading, the table and no problem sections', () => {
    const md = renderMarkdown(report());
    expect(md).toBe(
      [
        '## ✅ readiness-gate: ready to promote',
        '',
        '> Every workload is ready\\.',
        '',
        '| Workload | Asks for | Classified as | Score | Controls passed | Verdict |',
        '| --- | --- | --- | ---: | ---: | --- |',
        '| svc | production | production | 100 | 1/1 | ✅ ready |',
        '',
        '### ✅ svc',
        '',
        'production: meets the full bar. Manifest: `readiness.yaml`.',
        '',
        '<details><summary>All controls</summary>',
        '',
        '| Control | Status | Priority | Result |',
        '| --- | --- | --- | --- |',
        '| Telemetry | ✅ pass |  | logs, metrics and traces are exported\\. |',
        '',
        '</details>',
        '',
        '<sub>Scanned 2 of 3 files. Policy: built\\-in. readiness-gate 9.9.9.</sub>',
        '',
      ].join('\n'),
    );
  });

  it('without workloads there is no workload table', () => {
    const md = renderMarkdown(report({ workloads: [], ready: false, verdict: 'No manifest.', repository: { blocking: ['no readiness.yaml found'], warnings: [], results: [] } }));
    expect(md).toContain('## ❌ readiness-gate: not ready to promote');
    expect(md).not.toContain('| Workload |');
    expect(md).not.toContain('### Fix first');
    expect(md).toContain('### Repository\n- ❌ **P0** no readiness\\.yaml found\n\n<sub>');
  });

  it('the same report gives the same bytes', () => {
    const r = report({ workloads: [workload({ controls: [blocker(1), warning(1)] })], findings: [finding()] });
    expect(renderMarkdown(r, { links: LINKS })).toBe(renderMarkdown(structuredClone(r), { links: LINKS }));
  });
});

describe('blank lines', () => {
  // A delta that introduces nothing ends its section with a blank line of its own, before the
  // blank line that closes every section: the document collapses such runs to one blank line.
  const delta: Delta = {
    base: 'c0ffee'.repeat(7).slice(0, 40),
    changedFiles: 1,
    rescannedFiles: 1,
    ready: { base: true, head: true },
    score: { base: 100, head: 100, change: 0 },
    workloads: [{ name: 'svc', change: 'unchanged', score: { base: 100, head: 100 }, ready: { base: true, head: true } }],
    regressed: [],
    improved: [],
    findings: { new: [], existing: 0, fixed: 0 },
    newOrphans: [],
    newExceptions: 0,
    introduced: [],
  };

  it('sections are separated by exactly one blank line, also after a delta that introduces nothing', () => {
    const md = renderMarkdown(report({ delta }));
    expect(md).not.toMatch(/\n{3,}/);
    const at = lines(md).findIndex((l) => l.startsWith('**Introduced by this PR**'));
    expect(at).toBeGreaterThan(0);
    expect(lines(md).slice(at + 1, at + 3)).toEqual(['', '| Workload | Asks for | Classified as | Score | Controls passed | Verdict |']);
  });

  it('the document starts with its heading and ends with one line break', () => {
    for (const r of [report({ delta }), report(), report({ workloads: [], findings: [finding()], images: [image()] })]) {
      const md = renderMarkdown(r);
      expect(md.startsWith('## ')).toBe(true);
      expect(md.endsWith('</sub>\n')).toBe(true);
    }
  });
});

describe('fix first', () => {
  const manyBlockers = (perWorkload: number[]) =>
    report({
      workloads: perWorkload.map((n, wi) =>
        workload({ name: `w${wi}`, controls: [warning(wi), ...Array.from({ length: n }, (_, i) => blocker(wi * 10 + i + 1)), control({ status: 'fail', blocking: false, title: `nonblocking fail ${wi}` })] }),
      ),
    });
  const fixFirst = (md: string) => md.slice(md.indexOf('### Fix first'), md.indexOf('| Workload |'));

  it('lists only blockers, the first five across workloads in order, each named by its workload', () => {
    const section = fixFirst(renderMarkdown(manyBlockers([3, 4])));
    const items = section.split('\n').filter((l) => /^\d+\. /.test(l));
    expect(items).toEqual(['1. **w0: Blocker 1**: message 1\\.', '2. **w0: Blocker 2**: message 2\\.', '3. **w0: Blocker 3**: message 3\\.', '4. **w1: Blocker 11**: message 11\\.', '5. **w1: Blocker 12**: message 12\\.']);
    expect(section).toContain('   - Fix: fix 12\n\n...and 2 more blockers below.\n');
    expect(section).not.toContain('Warning');
    expect(section).not.toContain('nonblocking');
  });

  it("the repository's blockers come after the workloads', in full, named as the repository; warnings and passes do not", () => {
    const unowned = { id: 'unowned_secrets' as const, title: 'Secrets no workload owns', status: 'fail' as const, priority: 'P0' as const, blocking: true, message: 'Promotion blocked: 1 hardcoded secret in scripts/x.sh.', risk: 'repo risk.', evidence: [{ path: 'scripts/x.sh', line: 3, detail: 'secret here' }], remediation: ['rotate it.'] };
    const orphans = { ...unowned, id: 'orphans' as const, title: 'Orphans', status: 'warn' as const, priority: 'P1' as const, blocking: false };
    const r = report({ workloads: [workload({ controls: [blocker(1)] })], ready: false, repository: { blocking: [unowned.message], warnings: ['orphans'], results: [unowned, orphans] } });
    const section = fixFirst(renderMarkdown(r));
    expect(section.split('\n').filter((l) => /^\d+\. /.test(l))).toEqual(['1. **Blocker 1**: message 1\\.', '2. **Repository: Secrets no workload owns**: Promotion blocked: 1 hardcoded secret in scripts/x\\.sh\\.']);
    expect(section).toContain('   - Risk: repo risk\\.\n   - Evidence: `scripts/x.sh:3` secret here\n   - Fix: rotate it\\.');
    expect(section).not.toContain('Orphans');
    // Six blockers with the repository's: one is left for below, and it is counted.
    const six = report({ workloads: [workload({ controls: Array.from({ length: 5 }, (_, i) => blocker(i + 1)) })], ready: false, repository: { blocking: [unowned.message], warnings: [], results: [unowned] } });
    expect(fixFirst(renderMarkdown(six))).toContain('...and 1 more blocker below.');
  });

  it('one left over is "1 more blocker"; exactly five has no remainder line', () => {
    expect(fixFirst(renderMarkdown(manyBlockers([6])))).toContain('...and 1 more blocker below.');
    expect(renderMarkdown(manyBlockers([5]))).not.toContain('more blocker');
    expect(renderMarkdown(manyBlockers([2, 3]))).not.toContain('more blocker');
  });

  it('each item carries risk, every evidence line and every fix; a single workload is not named', () => {
    const c = blocker(1, {
      evidence: [{ path: 'a.yaml', line: 3, detail: 'first' }, { detail: 'no place' }, { path: 'b.yaml', detail: 'no line' }],
      remediation: ['do this', 'then that'],
    });
    const md = renderMarkdown(report({ workloads: [workload({ controls: [c] })] }));
    expect(fixFirst(md)).toBe(
      ['### Fix first', '', '1. **Blocker 1**: message 1\\.', '   - Risk: risk 1\\.', '   - Evidence: `a.yaml:3` first', '   - Evidence: no place', '   - Evidence: `b.yaml` no line', '   - Fix: do this', '   - Fix: then that', '', ''].join('\n'),
    );
  });

  it('shows at most ten pieces of evidence and counts the rest', () => {
    const evidence = (n: number) => Array.from({ length: n }, (_, i) => ({ path: 'e.yaml', line: i + 1, detail: `e${i + 1}` }));
    const md12 = renderMarkdown(report({ workloads: [workload({ controls: [blocker(1, { evidence: evidence(12) })] })] }));
    expect(md12).toContain('`e.yaml:10` e10\n   - ...and 2 more\n   - Fix: fix 1');
    expect(md12).not.toContain('e11');
    const md10 = renderMarkdown(report({ workloads: [workload({ controls: [blocker(1, { evidence: evidence(10) })] })] }));
    expect(md10).toContain('`e.yaml:10` e10\n   - Fix: fix 1');
    expect(md10).not.toContain('more\n');
  });
});

describe('workload sections', () => {
  it('a blocker shown under fix first is one line below; the sixth is in full', () => {
    const controls = Array.from({ length: 6 }, (_, i) => blocker(i + 1));
    controls[0] = blocker(1, { evidence: [] });
    controls[1] = blocker(2, { evidence: [{ detail: 'placeless' }] });
    const md = renderMarkdown(report({ workloads: [workload({ controls })] }));
    const section = md.slice(md.indexOf('**Blocks promotion (P0)**'));
    expect(section).toContain('\n1. **Blocker 1**: message 1\\.\n2. **Blocker 2**: message 2\\.\n3. **Blocker 3**: message 3\\. (`f3.yaml:3`)\n');
    expect(section).toContain('\n5. **Blocker 5**: message 5\\. (`f5.yaml:5`)\n6. **Blocker 6**: message 6\\.\n   - Risk: risk 6\\.\n   - Evidence: `f6.yaml:6` detail 6\n   - Fix: fix 6\n');
  });

  it('a ready workload with only valid waivers has no blocking list', () => {
    const md = renderMarkdown(report({ workloads: [workload({ waivers: [waiver({ state: 'valid', problem: undefined })] })] }));
    expect(md).not.toContain('Blocks promotion');
    expect(md).not.toContain('Waiver');
  });

  it('an invalid waiver alone blocks and is numbered after the blockers', () => {
    const alone = renderMarkdown(report({ workloads: [workload({ ready: false, waivers: [waiver({ problem: 'waiver for identity expired on 2026-01-01.' })] })] }));
    expect(alone).toContain('**Blocks promotion (P0)**\n\n1. **Waiver** waiver for identity expired on 2026\\-01\\-01\\.\n   - Evidence: `readiness.yaml:40`\n');
    const noProblem = renderMarkdown(report({ workloads: [workload({ ready: false, waivers: [waiver({ state: 'too_long', problem: undefined })] })] }));
    expect(noProblem).toContain('1. **Waiver** \n');
    const after = renderMarkdown(report({ workloads: [workload({ controls: [blocker(1), blocker(2)], waivers: [waiver(), waiver({ line: 41, problem: 'second.' })] })] }));
    expect(after).toContain('3. **Waiver** waiver expired\\.');
    expect(after).toContain('4. **Waiver** second\\.\n   - Evidence: `readiness.yaml:41`');
  });

  it('warnings fold under their count with their priority; blockers show no priority', () => {
    const md = renderMarkdown(report({ workloads: [workload({ controls: [warning(1), warning(2, { priority: 'P2' }), warning(3, { priority: undefined }), control()] })] }));
    expect(md).toContain('<details><summary>To fix before general availability (P1) and advice (P2): 3</summary>\n\n1. **Warning 1** (P1): warn message 1\\.');
    expect(md).toContain('\n2. **Warning 2** (P2): warn message 2\\.');
    expect(md).toContain('\n3. **Warning 3**: warn message 3\\.');
    expect(md).toContain('| Warning 3 | ⚠️ warn |  | warn message 3\\. |');
    expect(renderMarkdown(report({ workloads: [workload({ controls: [blocker(1)] })] }))).not.toContain('(P0)**:');
    expect(renderMarkdown(report({ workloads: [workload({ controls: [blocker(1)] })] }))).not.toContain('P1) and advice');
  });

  it('the all-controls table shows every status with its symbol', () => {
    const statuses = ['pass', 'fail', 'warn', 'waived', 'not_applicable'] as const;
    const md = renderMarkdown(report({ workloads: [workload({ controls: statuses.map((status) => control({ status, title: status })) })] }));
    expect(md).toContain(['| pass | ✅ pass |', '| fail | ❌ fail |', '| warn | ⚠️ warn |', '| waived | ⏸️ waived |', '| not\\_applicable | ➖ not_applicable |'].map((s) => `\n${s}`).join('  | logs, metrics and traces are exported\\. |'));
  });

  it('the table counts blockers in the plural and shows score and passed controls', () => {
    const md = renderMarkdown(report({ workloads: [workload({ name: 'a', score: 42, passedControls: 3, totalControls: 9, controls: [blocker(1), blocker(2)] })] }));
    expect(md).toContain('| a | production | prototype | 42 | 3/9 | ❌ 2 blockers |');
  });
});

describe('untrusted text is escaped', () => {
  it('names, verdict, messages, evidence, fixes and waivers cannot open HTML, links, tables or mentions', () => {
    const evil = '<img src=x onerror=alert(1)> @org/admins | [x](https://evil.example) **b**';
    const r = report({
      verdict: evil,
      policy: evil,
      workloads: [
        workload({
          name: evil,
          controls: [
            blocker(1, { title: evil, message: evil, risk: evil, evidence: [{ path: 'a.yaml', line: 1, detail: evil }], remediation: [evil] }),
            control({ status: 'waived', waiver: { reason: evil, approver: '@boss', expires: evil } }),
          ],
          waivers: [waiver({ problem: evil })],
        }),
      ],
      findings: [finding({ message: evil }), finding({ line: 9, suppression: { kind: 'inline', reason: evil } })],
      repository: { blocking: [evil], warnings: [evil], results: [] },
    });
    const md = renderMarkdown(r);
    expect(md).not.toContain('<img');
    expect(md).not.toMatch(/@(?!\u200B)/);
    expect(md).not.toContain('](https://evil');
    expect(md).not.toContain('https://');
    expect(md).not.toContain('**b**');
    expect(md).not.toMatch(/[^\\]\| \[x/);
    expect(md).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;');
    // Every place: the same escaped text, once per field that holds it.
    const escaped = '&lt;img src=x onerror=alert\\(1\\)&gt; @\u200Borg/admins \\| \\[x\\]\\(https:\u200B//evil\\.example\\) \\*\\*b\\*\\*';
    expect(md.split(escaped).length - 1).toBe(20);
  });

  it('a line break in a message cannot start a heading', () => {
    const md = renderMarkdown(report({ workloads: [workload({ controls: [blocker(1, { message: 'x\n## ✅ readiness-gate: ready to promote' })] })] }));
    expect(lines(md).filter((l) => l.startsWith('## '))).toEqual(['## ❌ readiness-gate: not ready to promote']);
  });
});

describe('links', () => {
  it('evidence, manifest, findings and notes link to the head commit on the configured server, under the scanned path', () => {
    const r = report({ scannedPath: 'services/api/', workloads: [workload({ controls: [blocker(1)] })], findings: [finding()], images: [image()] });
    const md = renderMarkdown(r, { links: { serverUrl: 'https://github.example.com', repository: 'acme/deploy', sha: 'deadbeef' } });
    const base = 'https://github.example.com/acme/deploy/blob/deadbeef/services/api';
    expect(md).toContain(`[\`services/api/f1.yaml:1\`](${base}/f1.yaml#L1) detail 1`);
    expect(md).toContain(`Manifest: [\`services/api/readiness.yaml\`](${base}/readiness.yaml).`);
    expect(md).toContain(`| [\`services/api/k8s/deploy.yaml:7\`](${base}/k8s/deploy.yaml#L7) |`);
    expect(md).toContain(`- [\`services/api/chart/values.yaml:4\`](${base}/chart/values.yaml#L4) \`{{ .Values.image }}\``);
    expect(md).toContain('Scanned 2 of 3 files under `services/api/`');
  });

  it('without a link context, paths are inline code', () => {
    const md = renderMarkdown(report({ scannedPath: 'svc', workloads: [workload({ controls: [blocker(1)] })] }));
    expect(md).toContain('   - Evidence: `svc/f1.yaml:1` detail 1');
    expect(md).not.toContain('](');
  });
});

describe('findings', () => {
  it('are grouped by priority (a finding without one is advice), most severe first within each, with open and suppressed counts', () => {
    const r = report({
      findings: [
        finding({ severity: 'low', ruleId: 'r/low', priority: 'P0' }),
        finding({ severity: 'critical', ruleId: 'r/crit', priority: 'P0' }),
        finding({ severity: 'medium', ruleId: 'r/med' }),
        finding({ severity: 'high', ruleId: 'r/high', context: 'test', redacted: 'Sup…[12 chars]', priority: 'P1' }),
        finding({ severity: 'high', ruleId: 'r/high2', context: 'docs', priority: 'P2' }),
        finding({ severity: 'critical', ruleId: 'r/sup', suppression: { kind: 'policy', reason: 'accepted' } }),
      ],
    });
    const md = renderMarkdown(r);
    expect(md).toContain('### Findings (5 open, 1 suppressed)');
    const summaries = lines(md).filter((l) => l.startsWith('<details><summary>') && !l.includes('controls'));
    expect(summaries).toEqual(['<details><summary>P0: blocks promotion (2)</summary>', '<details><summary>P1: fix before general availability (1)</summary>', '<details><summary>P2: advice (2)</summary>', '<details><summary>suppressed (1)</summary>']);
    // Within a group the most severe comes first, whatever the report's order.
    expect(md.indexOf('`r/crit`')).toBeLessThan(md.indexOf('`r/low`'));
    expect(md.indexOf('`r/low`')).toBeLessThan(md.indexOf('`r/high`'));
    expect(md.indexOf('`r/high2`')).toBeLessThan(md.indexOf('`r/med`'));
    expect(md).toContain('| `r/high` | `k8s/deploy.yaml:7` | Image uses latest\\. `Sup…[12 chars]` | open (test) |');
    expect(md).toContain('| `r/high2` | `k8s/deploy.yaml:7` | Image uses latest\\. | open (docs) |');
    expect(md).toContain('| `r/sup` | `k8s/deploy.yaml:7` | Image uses latest\\. | suppressed (policy: accepted) |');
    expect(md.indexOf('`r/crit`')).toBeLessThan(md.indexOf('`r/sup`'));
  });

  it('only open findings: no suppressed count; only suppressed: zero open', () => {
    const open = renderMarkdown(report({ findings: [finding()] }));
    expect(open).toContain('### Findings (1 open)\n');
    expect(open).not.toContain('suppressed');
    const md = renderMarkdown(report({ findings: [finding({ suppression: { kind: 'inline', reason: 'ok' } })] }));
    expect(md).toContain('### Findings (0 open, 1 suppressed)\n');
    expect(md).not.toContain('P2: advice (');
  });

  it('at most 50 a group, the rest counted', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => finding({ line: i + 1 }));
    const md = renderMarkdown(report({ findings: many(53) }));
    expect(md).toContain('`k8s/deploy.yaml:50`');
    expect(md).not.toContain('`k8s/deploy.yaml:51`');
    expect(md).toContain('\n\n...and 3 more; see the JSON or SARIF output.\n\n</details>');
    expect(renderMarkdown(report({ findings: many(50) }))).not.toContain('more; see');
  });

  it('unresolved images are counted notes, at most 50 listed; resolved images are not notes', () => {
    const imgs = (n: number) => Array.from({ length: n }, (_, i) => image({ line: i + 1 }));
    expect(renderMarkdown(report({ images: [image({ status: 'tagged', image: 'nginx:1' })] }))).not.toContain('Notes:');
    const two = renderMarkdown(report({ images: [...imgs(2), image({ status: 'latest', image: 'nginx:latest' })] }));
    expect(two).toContain('<details><summary>Notes: 2 image references could not be resolved (templated values)</summary>');
    expect(two).not.toContain('nginx');
    const md = renderMarkdown(report({ images: imgs(52) }));
    expect(md).toContain('`chart/values.yaml:50`');
    expect(md).not.toContain('`chart/values.yaml:51`');
    expect(md).toContain('\n- ...and 2 more\n\n</details>');
    expect(renderMarkdown(report({ images: imgs(50) }))).not.toContain('...and');
  });
});

describe('stats', () => {
  it('skip reasons are sorted by name; none means no parenthesis', () => {
    const md = renderMarkdown(report({ stats: { filesListed: 10, filesScanned: 4, bytesScanned: 1, skipped: { 'too-large': 1, binary: 3, lockfile: 2 } } }));
    expect(md.trimEnd().split('\n').at(-1)).toBe('<sub>Scanned 4 of 10 files (skipped: 3 binary, 2 lockfile, 1 too-large). Policy: built\\-in. readiness-gate 9.9.9.</sub>');
  });
});
