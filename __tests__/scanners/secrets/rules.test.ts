// Every rule's own examples: each `match` snippet is reported by that rule, no `noMatch` snippet is.
import { SECRET_RULES } from '../../../src/scanners/secrets/index.js';
import { scan } from './helpers.js';

describe('SECRET_RULES examples', () => {
  it('has well over 100 rules with unique ids', () => {
    expect(SECRET_RULES.length).toBeGreaterThan(150);
    expect(new Set(SECRET_RULES.map((r) => r.id)).size).toBe(SECRET_RULES.length);
  });

  const cases = SECRET_RULES.flatMap((rule) => [
    ...rule.examples.match.map((text, i) => ({ rule, text, expect: true, label: `${rule.id} match #${i + 1}` })),
    ...rule.examples.noMatch.map((text, i) => ({ rule, text, expect: false, label: `${rule.id} noMatch #${i + 1}` })),
  ]);

  it.each(cases.map((c) => [c.label, c] as const))('%s', (_label, c) => {
    const findings = scan(c.text, c.rule.examplePath ?? 'examples/snippet.txt');
    const hit = findings.some((f) => f.ruleId === `secrets/${c.rule.id}`);
    expect(hit).toBe(c.expect);
  });

  it('every rule has at least one negative example', () => {
    const missing = SECRET_RULES.filter((r) => r.examples.noMatch.length === 0).map((r) => r.id);
    expect(missing).toEqual([]);
  });
});
