// Annotations: what the author sees on the diff. Blockers first, one per line and finding,
// repository-relative paths, and with the `changed` scope only what the pull request touched.
import { addedLines, annotationsFor, changedFiles, type ChangedFiles } from '../../src/render/annotations.js';
import { blocker, control, finding, report, warning, workload } from './pr-report.js';

const changed = (files: ChangedFiles) => ({ kind: 'changed' as const, files });
const at = (a: { level: string; path?: string; line?: number }) => `${a.level} ${a.path}:${a.line}`;

describe('annotationsFor', () => {
  it('blocking control evidence is an error, titled by workload, control and priority, with message, detail and first fix', () => {
    const r = report({ workloads: [workload({ name: 'api', controls: [blocker(1, { remediation: ['first fix', 'second fix'] })] })] });
    expect(annotationsFor(r)).toEqual([{ level: 'error', title: 'api: Blocker 1 (P0)', message: 'message 1.\ndetail 1\nFix: first fix', path: 'f1.yaml', line: 1 }]);
  });

  it('non-blocking failures and warnings are warnings; a control without priority or fix says so plainly', () => {
    const r = report({
      workloads: [workload({ name: 'api', controls: [warning(1), control({ status: 'fail', title: 'Soft', message: 'soft.', evidence: [{ path: 's.yaml', line: 2, detail: 'd' }] })] })],
    });
    expect(annotationsFor(r)).toEqual([
      { level: 'warning', title: 'api: Warning 1 (P1)', message: 'warn message 1.\nwarn detail 1\nFix: warn fix 1', path: 'w1.yaml', line: 1 },
      { level: 'warning', title: 'api: Soft', message: 'soft.\nd\nFix: ', path: 's.yaml', line: 2 },
    ]);
  });

  it('passing, waived and not-applicable controls are not annotated, whatever evidence they carry', () => {
    const evidence = [{ path: 'x.yaml', line: 1, detail: 'd' }];
    const r = report({ workloads: [workload({ controls: (['pass', 'waived', 'not_applicable'] as const).map((status) => control({ status, evidence })) })] });
    expect(annotationsFor(r)).toEqual([]);
  });

  it('evidence without a place is not annotated; evidence without a line keeps its file', () => {
    const r = report({ workloads: [workload({ controls: [blocker(1, { evidence: [{ detail: 'and 101 more' }, { path: 'f.yaml', detail: 'whole file' }] })] })] });
    expect(annotationsFor(r).map(at)).toEqual(['error f.yaml:undefined']);
  });

  it('findings: low is a notice, others warnings; the redacted preview is appended; suppressed ones are left out', () => {
    const r = report({
      findings: [
        finding({ severity: 'low', ruleId: 'r/low', line: 1 }),
        finding({ severity: 'critical', ruleId: 'r/crit', line: 2, message: 'Hardcoded token', redacted: 'ghp_…[36 chars, #ab12]' }),
        finding({ severity: 'high', ruleId: 'r/sup', line: 3, suppression: { kind: 'baseline', reason: 'old' } }),
        finding({ severity: 'medium', ruleId: 'r/med', line: 4 }),
      ],
    });
    expect(annotationsFor(r)).toEqual([
      { level: 'warning', title: 'r/crit', message: 'Hardcoded token (ghp_…[36 chars, #ab12])', path: 'k8s/deploy.yaml', line: 2 },
      { level: 'warning', title: 'r/med', message: 'Image uses latest.', path: 'k8s/deploy.yaml', line: 4 },
      { level: 'notice', title: 'r/low', message: 'Image uses latest.', path: 'k8s/deploy.yaml', line: 1 },
    ]);
  });

  it('errors first, then warnings, then notices, each in report order', () => {
    const r = report({
      workloads: [workload({ controls: [warning(1), blocker(2), warning(3), blocker(4)] })],
      findings: [finding({ severity: 'low', line: 10 }), finding({ line: 11 })],
    });
    expect(annotationsFor(r).map(at)).toEqual(['error f2.yaml:2', 'error f4.yaml:4', 'warning w1.yaml:1', 'warning w3.yaml:3', 'warning k8s/deploy.yaml:11', 'notice k8s/deploy.yaml:10']);
  });

  it('one fact, one annotation: a finding on a line a control already shows is not repeated; duplicates collapse', () => {
    const r = report({
      workloads: [
        workload({
          name: 'api',
          controls: [
            blocker(1, { evidence: [{ path: 'k8s/deploy.yaml', line: 7, detail: 'latest tag' }, { path: 'k8s/deploy.yaml', line: 7, detail: 'again' }] }),
            blocker(2, { evidence: [{ path: 'k8s/deploy.yaml', line: 7, detail: 'other control' }] }),
          ],
        }),
      ],
      findings: [finding(), finding({ line: 8 }), finding({ line: 8 })],
    });
    const out = annotationsFor(r);
    expect(out.map((a) => `${at(a)} ${a.title}`)).toEqual(['error k8s/deploy.yaml:7 api: Blocker 1 (P0)', 'error k8s/deploy.yaml:7 api: Blocker 2 (P0)', 'warning k8s/deploy.yaml:8 images/latest-tag']);
    // The last duplicate's text is the one kept.
    expect(out[0]!.message).toBe('message 1.\nagain\nFix: fix 1');
  });

  it('paths are repository-relative: the scanned directory is prefixed, trailing slash or not', () => {
    for (const scannedPath of ['services/api', 'services/api/']) {
      const r = report({ scannedPath, workloads: [workload({ controls: [blocker(1)] })], findings: [finding()] });
      expect(annotationsFor(r).map(at)).toEqual(['error services/api/f1.yaml:1', 'warning services/api/k8s/deploy.yaml:7']);
    }
  });

  it('a finding on the line of control evidence is matched under the scanned directory too', () => {
    const r = report({ scannedPath: 'svc', workloads: [workload({ controls: [blocker(1, { evidence: [{ path: 'k8s/deploy.yaml', line: 7, detail: 'd' }] })] })], findings: [finding()] });
    expect(annotationsFor(r).map(at)).toEqual(['error svc/k8s/deploy.yaml:7']);
  });
});

describe('the changed scope', () => {
  const r = report({
    scannedPath: 'svc',
    workloads: [workload({ controls: [blocker(1, { evidence: [{ path: 'readiness.yaml', line: 12, detail: 'd' }] }), warning(2, { evidence: [{ path: 'other.yaml', line: 2, detail: 'd' }] })] })],
    findings: [finding({ path: 'app.py', line: 5 }), finding({ path: 'app.py', line: 6 }), finding({ path: 'big.json', line: 900 }), finding({ path: 'untouched.py', line: 1 })],
  });

  it('control evidence in a touched file (any line), findings only on added or changed lines or in files without a patch', () => {
    const scope = changed(
      new Map<string, Set<number> | 'all'>([
        ['svc/readiness.yaml', new Set<number>()],
        ['svc/app.py', new Set([6])],
        ['svc/big.json', 'all'],
      ]),
    );
    expect(annotationsFor(r, scope).map(at)).toEqual(['error svc/readiness.yaml:12', 'warning svc/app.py:6', 'warning svc/big.json:900']);
  });

  it('paths in the scope are repository-relative: a scope without the scanned directory matches nothing', () => {
    expect(annotationsFor(r, changed(new Map([['app.py', 'all'], ['readiness.yaml', 'all']])))).toEqual([]);
    expect(annotationsFor(r, changed(new Map()))).toEqual([]);
  });

  it('the all scope annotates everything', () => {
    expect(annotationsFor(r).map(at)).toEqual(['error svc/readiness.yaml:12', 'warning svc/other.yaml:2', 'warning svc/app.py:5', 'warning svc/app.py:6', 'warning svc/big.json:900', 'warning svc/untouched.py:1']);
    expect(annotationsFor(r, { kind: 'all' })).toEqual(annotationsFor(r));
  });

  it('evidence without a line in a touched file is annotated; a finding needs its own line changed', () => {
    const s = report({ workloads: [workload({ controls: [blocker(1, { evidence: [{ path: 'f.yaml', detail: 'whole file' }] })] })], findings: [finding({ path: 'f.yaml', line: 3 })] });
    expect(annotationsFor(s, changed(new Map([['f.yaml', new Set([4])]]))).map(at)).toEqual(['error f.yaml:undefined']);
    expect(annotationsFor(s, changed(new Map([['f.yaml', new Set([3])]]))).map(at)).toEqual(['error f.yaml:undefined', 'warning f.yaml:3']);
  });
});

// `git diff -U1` of a Deployment: a label added, replicas and image changed, two env lines
// appended to a file without a trailing newline.
const GIT_DIFF = `diff --git a/d.yaml b/d.yaml
index 8d30c7f..25636d0 100644
--- a/d.yaml
+++ b/d.yaml
@@ -4,4 +4,5 @@ metadata:
   name: api
+  labels: { app: api }
 spec:
-  replicas: 2
+  replicas: 3
   template:
@@ -10,3 +11,3 @@ spec:
         - name: api
-          image: api:1.0
+          image: api:latest
           env:
@@ -14 +15,3 @@ spec:
               value: info
+            - name: TOKEN
+              value: x
\\ No newline at end of file`;

describe('addedLines', () => {
  it('reads the new-side line numbers of a real git diff, headers and "no newline" marker ignored', () => {
    expect([...addedLines(GIT_DIFF)]).toEqual([5, 7, 12, 16, 17]);
  });

  it('reads the patch GitHub returns for a file (hunks only), with multi-digit line numbers', () => {
    const patch = GIT_DIFF.split('\n').slice(4).join('\n').replace('@@ -10,3 +11,3 @@', '@@ -110,3 +1011,3 @@');
    expect([...addedLines(patch)]).toEqual([5, 7, 1012, 16, 17]);
  });

  it('a new file is added throughout; a deletion-only hunk adds nothing', () => {
    expect([...addedLines('@@ -0,0 +1,3 @@\n+a\n+b\n+c')]).toEqual([1, 2, 3]);
    expect([...addedLines('@@ -3,2 +2,0 @@ x\n-a\n-b')]).toEqual([]);
    expect([...addedLines('@@ -1 +1 @@\n-a\n+b')]).toEqual([1]);
  });

  it('a line that looks like a hunk header inside the content is content', () => {
    // A patch file changed in the PR: its added line is "+@@ -1 +9 @@".
    expect([...addedLines('@@ -1,2 +1,3 @@\n context\n+@@ -1 +9 @@\n+after')]).toEqual([2, 3]);
    expect([...addedLines('@@ -1,2 +1,3 @@\n context\n @@ -1 +9 @@\n+after')]).toEqual([3]);
  });

  it('hunk lengths of any size are read; an added line ending in a backslash is a line', () => {
    const dockerfile = ['@@ -1,12 +1,13 @@ FROM base', ...Array.from({ length: 9 }, (_, i) => ` line ${i}`), '+RUN apt-get install -y \\', '+    curl', ' x', ' y', ' z'].join('\n');
    expect([...addedLines(dockerfile)]).toEqual([10, 11]);
    expect([...addedLines('@@ -1,1 +1,12 @@\n+a\n+b')]).toEqual([1, 2]);
  });

  it('nothing before the first hunk counts', () => {
    expect([...addedLines('+++ b/x\n+not a line\n')]).toEqual([]);
  });
});

describe('changedFiles', () => {
  it('maps each file to its added lines; a file without a patch is changed throughout; removed files are left out', () => {
    const files = changedFiles([
      { filename: 'svc/d.yaml', status: 'modified', patch: GIT_DIFF },
      { filename: 'svc/image.png', status: 'added' },
      { filename: 'svc/gone.yaml', status: 'removed', patch: '@@ -1 +0,0 @@\n-x' },
      { filename: 'svc/renamed.yaml', status: 'renamed', patch: '' },
    ]);
    expect([...files.keys()]).toEqual(['svc/d.yaml', 'svc/image.png', 'svc/renamed.yaml']);
    expect(files.get('svc/d.yaml')).toEqual(new Set([5, 7, 12, 16, 17]));
    expect(files.get('svc/image.png')).toBe('all');
    expect(files.get('svc/renamed.yaml')).toEqual(new Set());
  });

  it('drives the changed scope end to end', () => {
    const r = report({ scannedPath: 'svc', findings: [finding({ path: 'd.yaml', line: 12 }), finding({ path: 'd.yaml', line: 11 })] });
    const scope = changed(changedFiles([{ filename: 'svc/d.yaml', status: 'modified', patch: GIT_DIFF }]));
    expect(annotationsFor(r, scope).map(at)).toEqual(['warning svc/d.yaml:12']);
  });
});
