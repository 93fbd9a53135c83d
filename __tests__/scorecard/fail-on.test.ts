// fail-on decides the step's exit and the check's conclusion: new-findings fails only on what
// the delta says the PR introduces, and falls back to not-ready when there is no delta.
import { conclusionFor } from '../../src/render/check-run.js';
import type { Delta } from '../../src/scorecard/delta.js';
import { gateFails } from '../../src/scorecard/fail-on.js';

const delta = (introduced: string[]) => ({ introduced }) as Delta;

describe('fail-on', () => {
  it('not-ready fails whenever the gate is not ready, delta or not', () => {
    expect(gateFails({ ready: false, delta: delta([]) }, 'not-ready')).toBe(true);
    expect(gateFails({ ready: true }, 'not-ready')).toBe(false);
  });

  it('new-findings fails only when the PR introduces something that blocks', () => {
    expect(gateFails({ ready: false, delta: delta([]) }, 'new-findings')).toBe(false);
    expect(gateFails({ ready: false, delta: delta(['New finding in this PR: secrets/x at a.py:1.']) }, 'new-findings')).toBe(true);
    expect(gateFails({ ready: true, delta: delta([]) }, 'new-findings')).toBe(false);
  });

  it('new-findings without a delta (no base to compare with) fails as not-ready', () => {
    expect(gateFails({ ready: false }, 'new-findings')).toBe(true);
  });

  it('never never fails', () => {
    expect(gateFails({ ready: false, delta: delta(['x']) }, 'never')).toBe(false);
  });

  it('a check that is not ready but passes by fail-on concludes neutral, one that fails concludes failure', () => {
    expect(conclusionFor(false, 'new-findings', false)).toBe('neutral');
    expect(conclusionFor(false, 'new-findings', true)).toBe('failure');
    expect(conclusionFor(true, 'new-findings', false)).toBe('success');
  });
});
