import { isClaimed, isPlaceholder, listCapped } from '../../src/controls/claims.js';
import { CONTROLS, controlById } from '../../src/controls/index.js';
import { phrase } from '../../src/controls/phrase.js';
import { evaluateControl, runControls } from '../../src/controls/run.js';
import { capEvidence, fixesOf, notApplicable, outcomeOf, pass, type Control } from '../../src/controls/types.js';
import { CONTROL_IDS } from '../../src/manifest/schema.js';
import { contextOf, FULL } from '../helpers/workload.js';

describe('the controls runner', () => {
  it('evaluates every control of the catalogue, in catalogue order', () => {
    const results = runControls(contextOf(FULL));
    expect([...results.keys()]).toEqual([...CONTROL_IDS]);
    for (const [id, { control, outcome }] of results) {
      expect(control.id).toBe(id);
      expect(outcome.status).toBe(id === 'image_pinning' || id === 'container_hardening' ? 'not_applicable' : 'pass');
    }
  });

  it('a control that throws fails closed, naming the control and the error', () => {
    const broken: Control = { id: 'release', title: 't', risk: 'r', evaluate: () => { throw new Error('boom'); } };
    const odd: Control = { ...broken, evaluate: () => { throw 'text'; } };
    expect(evaluateControl(broken, contextOf(FULL, { manifestPath: 'svc/readiness.yaml' }))).toEqual({
      status: 'fail',
      message: "control 'release' could not be evaluated: boom.",
      evidence: [{ path: 'svc/readiness.yaml', detail: 'the control stopped on an internal error; the gate fails closed' }],
      remediation: ['Report this as a readiness-gate bug, with the manifest that triggers it.'],
    });
    expect(evaluateControl(odd, contextOf(FULL)).message).toBe("control 'release' could not be evaluated: text.");
    expect(runControls(contextOf(FULL), [broken]).get('release')!.outcome.status).toBe('fail');
  });

  it('controlById finds each control and refuses an unknown id', () => {
    for (const c of CONTROLS) expect(controlById(c.id)).toBe(c);
    expect(() => controlById('nope' as never)).toThrow('unknown control nope');
  });
});

describe('phrasing by standing', () => {
  it.each([
    ['blocks', 'Promotion blocked: missing diagnostic controls: metrics.'],
    ['before-ga', 'Missing diagnostic controls: metrics. Must be fixed before general availability.'],
    ['advice', 'Missing diagnostic controls: metrics. Advice: the policy does not require it.'],
    ['waived', 'Missing diagnostic controls: metrics.'],
    ['none', 'Missing diagnostic controls: metrics.'],
  ] as const)('%s', (standing, expected) => {
    expect(phrase('missing diagnostic controls: metrics.', standing)).toBe(expected);
  });

  it('only a blocking result says Promotion blocked', () => {
    for (const standing of ['before-ga', 'advice', 'waived', 'none'] as const) expect(phrase('x.', standing)).not.toMatch(/Promotion blocked/);
  });
});

describe('claims', () => {
  it.each(['', ' ', 'none', 'None', 'NONE', 'n/a', 'N/A', 'na', 'tbd', 'TBD', 'tba', 'todo', 'TODO', '-', '--', '?', 'null', 'nil', 'none.', ' none . ', '??', 'TODO: ask the team', 'tbd later', 'TBD.Q3', 'FIXME'])(
    '%j is a placeholder',
    (value) => {
      expect(isPlaceholder(value)).toBe(true);
      expect(isClaimed(value)).toBe(false);
    },
  );

  it.each(['entra-id', 'see todo list', 'nonexistent-role', 'todolist-api', 'tbdx', 'n/a/b', 'v1', 'oauth2', 'nano'])('%j is a claim', (value) => {
    expect(isPlaceholder(value)).toBe(false);
    expect(isClaimed(value)).toBe(true);
  });

  it('numbers and true are claims; absent, null and false are not', () => {
    expect([isClaimed(0), isClaimed(42), isClaimed(true)]).toEqual([true, true, true]);
    expect([isClaimed(undefined), isClaimed(null), isClaimed(false)]).toEqual([false, false, false]);
  });

  it('listCapped keeps short lists whole and counts the rest of long ones', () => {
    expect(listCapped([])).toBe('');
    expect(listCapped(['a', 'b'])).toBe('a, b');
    expect(listCapped(['a', 'b', 'c'], 3)).toBe('a, b, c');
    expect(listCapped(['a', 'b', 'c', 'd'], 3, '; ')).toBe('a; b; c and 1 more');
    expect(listCapped(Array.from({ length: 2000 }, (_, i) => `r${i}`))).toBe('r0, r1, r2, r3, r4, r5, r6, r7, r8, r9 and 1,990 more');
  });
});

describe('outcome helpers', () => {
  const e = (n: number) => ({ detail: `e${n}` });
  it('capEvidence keeps up to the cap and counts the rest', () => {
    expect(capEvidence([e(1), e(2)], 2)).toEqual([e(1), e(2)]);
    expect(capEvidence([e(1), e(2), e(3)], 2)).toEqual([e(1), e(2), { detail: 'and 1 more' }]);
    expect(capEvidence(Array.from({ length: 21 }, (_, i) => e(i)))).toHaveLength(21);
    expect(capEvidence(Array.from({ length: 20 }, (_, i) => e(i)))).toHaveLength(20);
  });

  it('fixesOf lists each fix once, in order; outcomeOf lists shared evidence once', () => {
    const shared = e(1);
    const gaps = [
      { problem: 'a', evidence: shared, fix: 'f2' },
      { problem: 'b', evidence: shared, fix: 'f1' },
      { problem: 'c', evidence: e(3), fix: 'f2' },
    ];
    expect(fixesOf(gaps)).toEqual(['f2', 'f1']);
    expect(outcomeOf('warn', 'm', gaps)).toEqual({ status: 'warn', message: 'm', evidence: [shared, e(3)], remediation: ['f2', 'f1'] });
  });

  it('pass and notApplicable carry no remediation', () => {
    expect(pass('ok')).toEqual({ status: 'pass', message: 'ok', evidence: [], remediation: [] });
    expect(pass('ok', [e(1)]).evidence).toEqual([e(1)]);
    expect(notApplicable('n/a')).toEqual({ status: 'not_applicable', message: 'n/a', evidence: [], remediation: [] });
  });
});
