import { describe, expect, it } from '@jest/globals';
import { addPhaseTimes, enterPhase, leavePhase, phaseDelta, phaseTotals, profiling } from '../../src/util/phase-times.js';

describe('phase times', () => {
  it('are off unless READINESS_GATE_PROFILE is set: nothing is timed and reports stay as they were', () => {
    expect(process.env.READINESS_GATE_PROFILE).toBeUndefined();
    expect(profiling()).toBe(false);
    const outer = enterPhase('read');
    leavePhase(outer);
    expect(outer).toBeUndefined();
    expect(phaseTotals()).toEqual({});
  });

  it('subtracts phase by phase and leaves out phases that took no time', () => {
    expect(phaseDelta({ read: 5, 'yaml parse': 12, list: 1 }, { read: 2, list: 1 })).toEqual({ read: 3, 'yaml parse': 12 });
  });

  it('adds the threads together', () => {
    const into = { read: 1 };
    addPhaseTimes(into, { read: 2, 'secret rules': 4 });
    expect(into).toEqual({ read: 3, 'secret rules': 4 });
  });
});
