// The scorecard's arithmetic and ranking, fed control outcomes directly: weighting, levels,
// readiness, P0/P1/P2 by profile and boundary, and waivers.
import { CONTROLS } from '../../src/controls/index.js';
import { findingRef } from '../../src/scanners/finding-ref.js';
import { CONTROL_IDS, type ControlId } from '../../src/manifest/schema.js';
import { defaultPolicy, type Policy } from '../../src/policy/policy.js';
import { aggregate, blockSetFor, type WorkloadScore } from '../../src/scorecard/scorecard.js';
import { scoreOf, POINTS } from '../../src/scorecard/score.js';
import { NOW, finding, onlyThese, outcome, outcomes, workload } from './helpers.js';

const control = (s: WorkloadScore, id: ControlId) => s.controls.find((c) => c.id === id)!;
const waiverYaml = (control: string, expires: string) => `waivers:\n  - { control: ${control}, reason: vendor contract pending, approver: cto@example.com, expires: '${expires}' }\n`;

describe('score weighting', () => {
  it('pass and waived count 1, warn 0.5, fail 0, and not-applicable controls are left out', () => {
    const w = workload(waiverYaml('cost_guardrails', '2026-12-01'));
    const s = aggregate(w, defaultPolicy(), onlyThese({ identity: outcome('pass'), secretless: outcome('warn'), least_privilege: outcome('fail'), cost_guardrails: outcome('fail') }), [], NOW);
    expect(s.controls.map((c) => c.status).filter((x) => x !== 'not_applicable')).toEqual(['pass', 'warn', 'fail', 'waived']);
    // (1 + 0.5 + 0 + 1) / 4 = 62.5, rounded half up.
    expect(s).toMatchObject({ score: 63, passedControls: 2, totalControls: 4 });
  });

  it('a workload where nothing applies scores 100 over 0 controls', () => {
    expect(scoreOf(['not_applicable', 'not_applicable'])).toEqual({ score: 100, passedControls: 0, totalControls: 0 });
  });

  it('rounds to the nearest whole point', () => {
    expect(scoreOf(['pass', 'fail', 'fail'])).toEqual({ score: 33, passedControls: 1, totalControls: 3 });
    expect(scoreOf(['pass', 'pass', 'fail'])).toEqual({ score: 67, passedControls: 2, totalControls: 3 });
    expect(scoreOf(['warn'])).toEqual({ score: 50, passedControls: 0, totalControls: 1 });
    expect(POINTS).toEqual({ pass: 1, waived: 1, warn: 0.5, fail: 0 });
  });

  it('every control of the catalogue is reported, in catalogue order, with its title and risk', () => {
    const s = aggregate(workload(), defaultPolicy(), outcomes(), [], NOW);
    expect(s.controls.map((c) => c.id)).toEqual(CONTROLS.map((c) => c.id));
    expect(s.controls.map((c) => [c.title, c.risk])).toEqual(CONTROLS.map((c) => [c.title, c.risk]));
    expect(s).toMatchObject({ name: 'svc', manifest: 'svc/readiness.yaml', tier: 'production', ready: true, level: 'production', score: 100, passedControls: 13, totalControls: 13, blocking: [] });
  });

  it('a missing outcome is a programming error, not a pass', () => {
    const partial = outcomes();
    partial.delete('release');
    expect(() => aggregate(workload(), defaultPolicy(), partial, [], NOW)).toThrow('no outcome for control release');
  });
});

describe('levels and readiness', () => {
  it.each([
    ['nothing fails', {}, 'production', true],
    ['a production-only control fails', { cost_guardrails: outcome('fail') }, 'beta', false],
    ['a beta control fails', { telemetry: outcome('fail') }, 'experiment', false],
    ['an experiment control fails', { secretless: outcome('fail') }, 'prototype', false],
    ['ownership fails', { ownership: outcome('fail') }, 'prototype', false],
    ['only warnings', { telemetry: outcome('warn'), release: outcome('warn') }, 'production', true],
  ] as const)('production workload where %s is classified %s', (_, overrides, level, ready) => {
    const s = aggregate(workload(), defaultPolicy(), outcomes(overrides), [], NOW);
    expect(s.level).toBe(level);
    expect(s.ready).toBe(ready);
  });

  it('the level is a classification: an experiment that meets the production bar is classified production', () => {
    const s = aggregate(workload('', 'experiment'), defaultPolicy(), outcomes(), [], NOW);
    expect(s).toMatchObject({ tier: 'experiment', level: 'production', ready: true });
  });

  it('an experiment is ready with a failing production control, and says so as a P1', () => {
    const s = aggregate(workload('', 'experiment'), defaultPolicy(), outcomes({ telemetry: outcome('fail', 'no metrics') }), [], NOW);
    expect(s).toMatchObject({ ready: true, level: 'experiment', blocking: [] });
    expect(control(s, 'telemetry')).toMatchObject({ status: 'warn', blocking: false, priority: 'P1', message: 'No metrics Must be fixed before general availability.' });
  });

  it('the blockers are the failing blocking controls\' messages, in catalogue order', () => {
    const s = aggregate(workload(), defaultPolicy(), outcomes({ release: outcome('fail', 'no rollback plan'), identity: outcome('fail', 'no identity') }), [], NOW);
    expect(s.blocking).toEqual(['Promotion blocked: no identity', 'Promotion blocked: no rollback plan']);
    expect(s.ready).toBe(false);
  });

  it('a deployment boundary adds blockers to every tier: sovereign blocks on data contracts even for an experiment', () => {
    const w = workload('deployment_boundary: sovereign\n', 'experiment');
    const s = aggregate(w, defaultPolicy(), outcomes({ data_contracts: outcome('fail', 'no contract') }), [], NOW);
    expect(control(s, 'data_contracts')).toMatchObject({ status: 'fail', blocking: true, priority: 'P0' });
    expect(s).toMatchObject({ ready: false, level: 'prototype', deploymentBoundary: 'sovereign', blocking: ['Promotion blocked: no contract'] });
    expect([...blockSetFor(w, defaultPolicy(), 'experiment')].sort()).toEqual(['data_contracts', 'deployment_boundary', 'ownership', 'secretless']);
  });

  it('the same failure without the boundary is a P1 warning for an experiment', () => {
    const s = aggregate(workload('deployment_boundary: public\n', 'experiment'), defaultPolicy(), outcomes({ data_contracts: outcome('fail') }), [], NOW);
    expect(control(s, 'data_contracts')).toMatchObject({ status: 'warn', blocking: false, priority: 'P1' });
    expect(s.level).toBe('beta');
  });
});

describe('priorities', () => {
  // A policy where production does not need cost guardrails, so a failure of it can be plain advice.
  const lenient = (betaWarn: ControlId[] = []): Policy => {
    const p = defaultPolicy();
    return { ...p, profiles: { ...p.profiles, production: { block: CONTROL_IDS.filter((c) => c !== 'cost_guardrails'), warn: [] }, beta: { block: ['secretless'], warn: betaWarn } } };
  };

  it('P0: a failure of a control the tier blocks on', () => {
    const s = aggregate(workload(), defaultPolicy(), outcomes({ monitoring: outcome('fail') }), [], NOW);
    expect(control(s, 'monitoring')).toMatchObject({ status: 'fail', blocking: true, priority: 'P0' });
  });

  it('P1: a failure production would block on', () => {
    const s = aggregate(workload('', 'beta'), lenient(), outcomes({ monitoring: outcome('fail') }), [], NOW);
    expect(control(s, 'monitoring')).toMatchObject({ status: 'warn', blocking: false, priority: 'P1' });
  });

  it('P1: a failure the tier names as a warning, even when production does not need it', () => {
    const s = aggregate(workload('', 'beta'), lenient(['cost_guardrails']), outcomes({ cost_guardrails: outcome('fail') }), [], NOW);
    expect(control(s, 'cost_guardrails')).toMatchObject({ status: 'warn', blocking: false, priority: 'P1' });
  });

  it('P2: a failure neither the tier nor production needs is advice', () => {
    const s = aggregate(workload('', 'beta'), lenient(), outcomes({ cost_guardrails: outcome('fail') }), [], NOW);
    expect(control(s, 'cost_guardrails')).toMatchObject({ status: 'warn', blocking: false, priority: 'P2' });
    expect(s.ready).toBe(true);
  });

  it('a warning never blocks, even from a control the tier blocks on', () => {
    const s = aggregate(workload(), defaultPolicy(), outcomes({ telemetry: outcome('warn', 'no tracing dependency') }), [], NOW);
    expect(control(s, 'telemetry')).toMatchObject({ status: 'warn', blocking: false, priority: 'P1', message: 'No tracing dependency Must be fixed before general availability.' });
    expect(s.ready).toBe(true);
  });

  it('passing and not-applicable controls have no priority and never block', () => {
    const s = aggregate(workload(), defaultPolicy(), outcomes({ release: outcome('not_applicable') }), [], NOW);
    for (const c of s.controls) {
      expect(c.blocking).toBe(false);
      expect(c).not.toHaveProperty('priority');
      expect(c).not.toHaveProperty('waiver');
    }
    expect(control(s, 'release').status).toBe('not_applicable');
  });

  it('carries the outcome\'s message, evidence and remediation unchanged', () => {
    const evidence = [{ path: 'svc/readiness.yaml', line: 4, detail: 'release.rollback_plan is missing' }];
    const s = aggregate(workload(), defaultPolicy(), outcomes({ release: outcome('fail', 'no rollback', evidence) }), [], NOW);
    expect(control(s, 'release')).toMatchObject({ message: 'Promotion blocked: no rollback', evidence, remediation: ['fix for no rollback'] });
  });
});

describe('waivers', () => {
  it('a valid waiver turns a failure into waived: not blocking, no priority, counted as passed', () => {
    const s = aggregate(workload(waiverYaml('cost_guardrails', '2026-12-31')), defaultPolicy(), outcomes({ cost_guardrails: outcome('fail', 'no budget') }), [], NOW);
    expect(control(s, 'cost_guardrails')).toMatchObject({ status: 'waived', blocking: false, message: 'No budget', waiver: { reason: 'vendor contract pending', approver: 'cto@example.com', expires: '2026-12-31' } });
    expect(control(s, 'cost_guardrails')).not.toHaveProperty('priority');
    expect(s).toMatchObject({ ready: true, level: 'production', score: 100, passedControls: 13 });
    expect(s.waivers).toEqual([expect.objectContaining({ control: 'cost_guardrails', state: 'valid', path: 'svc/readiness.yaml', line: 5 })]);
  });

  it('a valid waiver also covers a warning', () => {
    const s = aggregate(workload(waiverYaml('release', '2026-12-31')), defaultPolicy(), outcomes({ release: outcome('warn') }), [], NOW);
    expect(control(s, 'release').status).toBe('waived');
  });

  it('a waiver for a passing control changes nothing', () => {
    const s = aggregate(workload(waiverYaml('release', '2026-12-31')), defaultPolicy(), outcomes(), [], NOW);
    expect(control(s, 'release')).toMatchObject({ status: 'pass', blocking: false });
    expect(control(s, 'release')).not.toHaveProperty('waiver');
  });

  it('a waiver covers only its own control', () => {
    const s = aggregate(workload(waiverYaml('release', '2026-12-31')), defaultPolicy(), outcomes({ monitoring: outcome('fail', 'no slo') }), [], NOW);
    expect(control(s, 'monitoring')).toMatchObject({ status: 'fail', blocking: true, priority: 'P0' });
    expect(s.blocking).toEqual(['Promotion blocked: no slo']);
  });

  it('a waiver that ends today is still valid; one that ended yesterday blocks and does not waive', () => {
    const today = aggregate(workload(waiverYaml('release', '2026-11-23')), defaultPolicy(), outcomes({ release: outcome('fail') }), [], NOW);
    expect(control(today, 'release').status).toBe('waived');
    const expired = aggregate(workload(waiverYaml('release', '2026-11-22')), defaultPolicy(), outcomes({ release: outcome('fail', 'no changelog') }), [], NOW);
    expect(expired.waivers[0]).toMatchObject({ state: 'expired', problem: "Promotion blocked: waiver for 'release' expired on 2026-11-22." });
    expect(control(expired, 'release')).toMatchObject({ status: 'fail', blocking: true });
    expect(expired).toMatchObject({ ready: false, level: 'prototype', blocking: ['Promotion blocked: no changelog', "Promotion blocked: waiver for 'release' expired on 2026-11-22."] });
  });

  it('an invalid waiver blocks even when its control passes, and keeps the workload at prototype', () => {
    const s = aggregate(workload(waiverYaml('release', '2020-01-01')), defaultPolicy(), outcomes(), [], NOW);
    expect(s).toMatchObject({ ready: false, level: 'prototype', score: 100, blocking: ["Promotion blocked: waiver for 'release' expired on 2020-01-01."] });
  });

  it('a waiver for a control the policy makes non-waivable is refused and does not waive', () => {
    const s = aggregate(workload(waiverYaml('identity', '2026-12-01')), defaultPolicy(), outcomes({ identity: outcome('fail', 'no identity') }), [], NOW);
    expect(s.waivers[0]).toMatchObject({ state: 'not_waivable', problem: "Promotion blocked: waiver for 'identity' is not allowed: the policy makes identity non-waivable." });
    expect(control(s, 'identity')).toMatchObject({ status: 'fail', blocking: true });
  });

  it('a waiver longer than the policy allows is refused; exactly the limit is fine', () => {
    const atLimit = aggregate(workload(waiverYaml('release', '2027-02-21')), defaultPolicy(), outcomes({ release: outcome('fail') }), [], NOW);
    expect(atLimit.waivers[0]?.state).toBe('valid');
    const tooLong = aggregate(workload(waiverYaml('release', '2027-02-22')), defaultPolicy(), outcomes({ release: outcome('fail') }), [], NOW);
    expect(tooLong.waivers[0]).toMatchObject({ state: 'too_long', problem: "Promotion blocked: waiver for 'release' runs 91 days; the policy allows at most 90." });
    expect(control(tooLong, 'release').status).toBe('fail');
  });

  it('the limit comes from the policy per control', () => {
    const p = defaultPolicy();
    const policy = { ...p, controls: { ...p.controls, release: { waivable: true, maxWaiverDays: 7 } } };
    const s = aggregate(workload(waiverYaml('release', '2026-12-01')), policy, outcomes({ release: outcome('fail') }), [], NOW);
    expect(s.waivers[0]).toMatchObject({ state: 'too_long', problem: "Promotion blocked: waiver for 'release' runs 8 days; the policy allows at most 7." });
  });

  it('a date that does not parse counts as expired', () => {
    const w = workload(waiverYaml('release', '2026-12-01'));
    const broken = { ...w, manifest: { ...w.manifest, waivers: [{ ...w.manifest.waivers[0]!, expires: 'someday' }] } };
    const s = aggregate(broken, defaultPolicy(), outcomes({ release: outcome('fail') }), [], NOW);
    expect(s.waivers[0]).toMatchObject({ state: 'expired', problem: "Promotion blocked: waiver for 'release' expired on someday." });
  });
});

describe('evidence that is a scanner finding names it', () => {
  const secretA = finding({ fingerprint: 'a'.repeat(32), path: 'svc/app.py', line: 3 });
  const secretB = finding({ fingerprint: 'b'.repeat(32), path: 'svc/app.py', line: 3, ruleId: 'secrets/other' });
  const image = finding({ fingerprint: 'c'.repeat(32), category: 'image', ruleId: 'images/latest-tag', path: 'deploy/k8s.yaml', line: 9 });

  it('secretless evidence gets the references of the findings on its lines, in order', () => {
    const evidence = [
      { path: 'svc/app.py', line: 3, detail: 'first' },
      { path: 'svc/app.py', line: 3, detail: 'second' },
      { path: 'svc/app.py', line: 4, detail: 'no finding here' },
      { detail: 'no place at all' },
    ];
    const s = aggregate(workload(), defaultPolicy(), outcomes({ secretless: outcome('fail', 'secrets', evidence) }), [secretA, secretB, image], NOW);
    expect(control(s, 'secretless').evidence).toEqual([
      { path: 'svc/app.py', line: 3, detail: 'first', finding: findingRef(secretA) },
      { path: 'svc/app.py', line: 3, detail: 'second', finding: findingRef(secretB) },
      { path: 'svc/app.py', line: 4, detail: 'no finding here' },
      { detail: 'no place at all' },
    ]);
  });

  it('only findings of the kind a control rests on: an image finding is not a secret', () => {
    const evidence = [{ path: 'deploy/k8s.yaml', line: 9, detail: 'uses :latest' }];
    const s = aggregate(workload(), defaultPolicy(), outcomes({ secretless: outcome('fail', 's', evidence), image_pinning: outcome('fail', 'i', evidence), identity: outcome('fail', 'k', [{ path: 'svc/app.py', line: 3, detail: 'key' }]) }), [secretA, image], NOW);
    expect(control(s, 'secretless').evidence).toEqual(evidence);
    expect(control(s, 'image_pinning').evidence).toEqual([{ ...evidence[0], finding: findingRef(image) }]);
    expect(control(s, 'identity').evidence).toEqual([{ path: 'svc/app.py', line: 3, detail: 'key' }]);
  });

  it('hardening evidence links hardening findings; a second evidence line past the findings reuses the last', () => {
    const hardening = finding({ fingerprint: 'd'.repeat(32), category: 'hardening', path: 'deploy/k8s.yaml', line: 12 });
    const evidence = [
      { path: 'deploy/k8s.yaml', line: 12, detail: 'runs as root' },
      { path: 'deploy/k8s.yaml', line: 12, detail: 'writable root fs' },
    ];
    const s = aggregate(workload(), defaultPolicy(), outcomes({ container_hardening: outcome('fail', 'h', evidence) }), [hardening], NOW);
    expect(control(s, 'container_hardening').evidence.map((e) => e.finding)).toEqual([findingRef(hardening), findingRef(hardening)]);
  });
});
