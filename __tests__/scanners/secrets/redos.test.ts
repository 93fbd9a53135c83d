// No rule pattern may be super-linear: recheck must call every one of them `safe`.
//
// recheck has two checkers. The automaton checker decides exactly (it analyses the pattern's NFA for
// ambiguity), is deterministic and fast; the fuzz checker measures attack strings against time
// budgets, so its verdicts drift with machine load. By default recheck only uses the automaton for
// patterns with small repeat counts; the limits below let it analyse every rule pattern exactly.
// Anything the automaton cannot decide falls back to recheck's default (auto) mode.
import { check } from 'recheck';
import { LOG_CALL } from '../../../src/scanners/secrets/logging.js';
import { SECRET_RULES } from '../../../src/scanners/secrets/index.js';

const EXACT = { checker: 'automaton', maxRepeatCount: 5000, maxNFASize: 500_000, maxPatternSize: 5000, timeout: 20_000 } as const;

const patterns = [
  ...SECRET_RULES.map((r) => ({ id: r.id, source: r.pattern.source, flags: r.pattern.flags })),
  { id: 'secret-in-log (log call)', source: LOG_CALL.source, flags: LOG_CALL.flags },
];

async function verdict(source: string, flags: string): Promise<{ status: string; detail: string }> {
  let r = await check(source, flags, EXACT);
  if (r.status === 'unknown') r = await check(source, flags, { timeout: 20_000 });
  const detail = r.status === 'vulnerable' ? `${r.complexity.type}: ${r.attack.pattern}` : r.status === 'unknown' ? r.error.kind : r.checker ?? '';
  return { status: r.status, detail };
}

describe('ReDoS safety (recheck)', () => {
  it('checks every rule pattern and the log-call pattern as safe', async () => {
    const results: { id: string; status: string; detail: string }[] = [];
    let next = 0;
    // A few at a time: the checker runs in one helper process.
    const worker = async (): Promise<void> => {
      while (next < patterns.length) {
        const p = patterns[next++] as (typeof patterns)[number];
        results.push({ id: p.id, ...(await verdict(p.source, p.flags.replace(/[gyd]/g, ''))) });
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    expect(results).toHaveLength(patterns.length);
    expect(results.filter((r) => r.status !== 'safe')).toEqual([]);
  }, 120_000);

  it('flags a classic catastrophic pattern (the check is live)', async () => {
    const r = await check('^(a+)+$', '', EXACT);
    expect(r.status).toBe('vulnerable');
  }, 30_000);
});
