// Details of the text and SARIF renderers a mutation run showed untested: the blank lines that
// separate sections, warnings' evidence, colours of every painted part, places without a path
// under a scanned subdirectory, results without a fix, rule names and first descriptions.
import type * as Sarif from 'sarif';
import { repositoryPath } from '../../src/render/format-location.js';
import { renderSarif } from '../../src/render/sarif.js';
import { MAX_TEXT_EVIDENCE, renderText } from '../../src/render/text.js';
import { findingRef } from '../../src/scanners/finding-ref.js';
import type { Report } from '../../src/report/types.js';
import { COST, IDENTITY, IMAGE, NO_MANIFEST, SECRET, UNOWNED, UNOWNED_FINDING, control, report, workloadScore } from './fixture.js';

const plain = (r: Report) => renderText(r, { color: false });
const colored = (r: Report) => renderText(r, { color: true });
const ESC = '\u001b';

describe('text sections', () => {
  it('a blank line closes each workload, opens the findings and the scan statistics', () => {
    const two = report({ workloads: [workloadScore({ controls: [COST] }), workloadScore({ name: 'web', controls: [COST] })], findings: [IMAGE] });
    const out = plain(two).split('\n');
    const web = out.indexOf('web  (readiness.yaml)');
    expect(out[web - 1]).toBe('');
    expect(out[web - 2]).toBe(`         ${' '.repeat('cost_guardrails'.length)}      fix: Add unit metrics.`);
    const findings = out.indexOf('Findings (1)');
    expect(out[findings - 1]).toBe('');
    expect(out[findings - 2]).toBe('');
    expect(out.slice(-3)).toEqual(['', 'Scanned 10 of 12 files. Policy: built-in default policy.', '']);
  });

  it('a finding no control rests on ends with its message', () => {
    const image = { ...IMAGE, suppression: undefined };
    const out = plain(report({ workloads: [], findings: [image] }));
    expect(out).toContain(`\n  k8s/deploy.yaml:${IMAGE.line}:${IMAGE.column}  images/latest-tag  ${IMAGE.message}\n`);
  });

  it('a warning shows its evidence, the findings it rests on and its fix, like a failure', () => {
    const warn = { ...COST, evidence: [...COST.evidence, { path: 'app/main.py', line: 6, detail: 'the secret', finding: findingRef(SECRET) }] };
    const out = plain(report({ workloads: [workloadScore({ controls: [warn] })], findings: [SECRET] }));
    const pad = ' '.repeat(9 + 'cost_guardrails'.length + 6);
    expect(out).toContain(`  warn   cost_guardrails  P2  No unit metrics.\n${pad}at readiness.yaml:20: cost.unit_metrics is empty\n${pad}rests on 1 finding listed under Findings\n${pad}fix: Add unit metrics.\n`);
    expect(out).toContain('[api cost_guardrails]');
  });

  it('evidence without a path stays without one under a scanned subdirectory', () => {
    const c = control({ id: 'telemetry', status: 'fail', blocking: true, priority: 'P0', message: 'No metrics.', evidence: [{ detail: 'nothing exports metrics' }] });
    const out = plain(report({ scannedPath: 'services/api', workloads: [workloadScore({ controls: [c] })] }));
    expect(out).toContain('      at nothing exports metrics\n');
    expect(out).not.toContain('undefined');
  });
});

describe('text colours', () => {
  it('the count of evidence beyond the cap is dimmed', () => {
    const many = control({ id: 'telemetry', status: 'fail', blocking: true, priority: 'P0', message: 'No metrics.', evidence: Array.from({ length: MAX_TEXT_EVIDENCE + 2 }, (_, i) => ({ detail: `gap ${i}` })) });
    expect(colored(report({ workloads: [workloadScore({ controls: [many] })] }))).toMatch(new RegExp(`${ESC}\\[2m +\\.\\.\\.and 2 more${ESC}\\[22m`));
  });

  it('an invalid waiver is painted as a failure', () => {
    const w = workloadScore({ controls: [COST], waivers: [{ control: 'release', reason: 'r', approver: 'a', expires: '2020-01-01', state: 'expired', problem: 'expired', path: 'readiness.yaml', line: 30 }] });
    expect(colored(report({ workloads: [w] }))).toContain(`  ${ESC}[31mFAIL  ${ESC}[39m waiver  expired (readiness.yaml:30)`);
  });

  it('a blocking repository result is red FAIL, a non-blocking one yellow warn', () => {
    const out = colored(report({ findings: [UNOWNED_FINDING], workloads: [], repository: { blocking: [UNOWNED.message], warnings: [NO_MANIFEST.message], results: [UNOWNED, NO_MANIFEST] } }));
    expect(out).toContain(`\n${ESC}[31mFAIL${ESC}[39m P0 ${UNOWNED.message}\n`);
    expect(out).toContain(`\n${ESC}[33mwarn${ESC}[39m P1 ${NO_MANIFEST.message}\n`);
  });
});

describe('SARIF details', () => {
  const run = (r: Report) => (JSON.parse(renderSarif(r)) as Sarif.Log).runs[0]!;

  it('a result without a fix has no Fix sentence', () => {
    const bare = { ...IDENTITY, remediation: [] };
    const result = run(report({ workloads: [workloadScore({ controls: [bare] })], findings: [] })).results!.find((x) => x.ruleId === 'control/identity')!;
    expect(result.message.text).toBe(`${IDENTITY.message} identity.type is 'None'.`);
  });

  it('a rule is described by its first finding and named with one underscore per run of other characters', () => {
    const first = { ...SECRET, ruleId: 'secrets/acme--token', message: 'Acme token', fingerprint: '1'.repeat(32) };
    const second = { ...first, line: 9, message: 'Acme token, again', fingerprint: '2'.repeat(32) };
    const rule = run(report({ workloads: [], findings: [first, second] })).tool.driver.rules!.find((x) => x.id === 'secrets/acme--token')!;
    expect(rule.name).toBe('secrets_acme_token');
    expect(rule.shortDescription).toEqual({ text: 'Acme token' });
  });

  it('a control rule is described by the first workload that fails it', () => {
    const other = { ...COST, title: 'Cost guardrails (second)', risk: 'Other risk.' };
    const r = report({ workloads: [workloadScore({ controls: [COST] }), workloadScore({ name: 'web', controls: [other] })], findings: [] });
    expect(run(r).tool.driver.rules!.find((x) => x.id === 'control/cost_guardrails')!.shortDescription).toEqual({ text: 'Cost guardrails' });
  });
});

describe('repositoryPath keeps dots that are part of a name', () => {
  it.each([
    ['.config/svc', 'f', '.config/svc/f'],
    ['svc./api', 'f', 'svc./api/f'],
    ['api.', 'f', 'api./f'],
    ['a/./b', 'f', 'a/./b/f'],
  ])('repositoryPath(%j, %j) is %j', (dir, path, expected) => {
    expect(repositoryPath(dir, path)).toBe(expected);
  });
});
