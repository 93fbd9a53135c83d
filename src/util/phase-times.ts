// Where a scan's time goes, per thread, when READINESS_GATE_PROFILE is set (`npm run bench --
// --profile`). Times are exclusive: entering a phase stops the clock of the phase it interrupts
// (the yaml parse inside the image scanner counts as parse, not as image scanning) and leaving it
// restarts that clock. Off by default, each call is one boolean test.

export const PHASES = ['list', 'read', 'decode', 'yaml parse', 'secret keywords', 'secret rules', 'image scanners', 'kubernetes', 'evidence', 'other'] as const;
export type Phase = (typeof PHASES)[number];
/** Milliseconds per phase (wall clock on the thread that ran it, GC pauses inside included). */
export type PhaseTimes = Partial<Record<Phase, number>>;

const enabled = Boolean(process.env.READINESS_GATE_PROFILE);
const totals: Record<string, number> = {};
let current: Phase | undefined;
let since = 0;

function account(now: number): void {
  if (current !== undefined) totals[current] = (totals[current] ?? 0) + (now - since);
  since = now;
}

export function profiling(): boolean {
  return enabled;
}

/** Starts timing `phase`; returns the phase it interrupted, for leavePhase. */
export function enterPhase(phase: Phase): Phase | undefined {
  if (!enabled) return undefined;
  account(performance.now());
  const previous = current;
  current = phase;
  return previous;
}

/** Stops the current phase and resumes `previous` (what enterPhase returned). */
export function leavePhase(previous: Phase | undefined): void {
  if (!enabled) return;
  account(performance.now());
  current = previous;
}

/** This thread's totals so far (the running phase is accounted up to now). */
export function phaseTotals(): PhaseTimes {
  if (enabled) account(performance.now());
  return { ...totals };
}

/** `after - before`, phase by phase, leaving out phases that took no time. */
export function phaseDelta(after: PhaseTimes, before: PhaseTimes): PhaseTimes {
  const out: PhaseTimes = {};
  for (const phase of PHASES) {
    const ms = (after[phase] ?? 0) - (before[phase] ?? 0);
    if (ms > 0) out[phase] = ms;
  }
  return out;
}

export function addPhaseTimes(into: PhaseTimes, from: PhaseTimes): void {
  for (const phase of PHASES) if (from[phase]) into[phase] = (into[phase] ?? 0) + from[phase]!;
}
