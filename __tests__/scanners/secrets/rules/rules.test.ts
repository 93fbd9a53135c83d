// Every built-in rule against its own samples (rules/<name>.samples.ts beside this file): each
// `match` snippet is reported by that rule alone and by the full rule set, no `noMatch` snippet is,
// and each whole-file sample gives exactly its listed findings.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { SECRET_RULES } from '../../../../src/scanners/secrets/index.js';
import type { SecretRule } from '../../../../src/scanners/secrets/rule.js';
import { RuleSet, scanWithRuleSet } from '../../../../src/scanners/secrets/scan.js';
import { hits, scan } from '../helpers.js';
import { loadAllSamples, sampleModuleNames } from './samples.js';

const RULES_DIR = path.resolve('src/scanners/secrets/rules');
const SAMPLES = await loadAllSamples();
const DEFAULT_PATH = 'examples/snippet.txt';

/** Rule modules of src/scanners/secrets/rules: every module that exports an array of rules. */
async function ruleModules(): Promise<Map<string, string[]>> {
  const modules = new Map<string, string[]>();
  for (const file of readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts') && f !== 'index.ts')) {
    const exports = (await import(path.join(RULES_DIR, file))) as Record<string, unknown>;
    const ids = Object.values(exports)
      .filter((v): v is SecretRule[] => Array.isArray(v) && v.every((r) => typeof r?.id === 'string' && r.pattern instanceof RegExp))
      .flat()
      .map((r) => r.id);
    if (ids.length) modules.set(file.slice(0, -'.ts'.length), ids);
  }
  return modules;
}

describe('built-in rules and their samples', () => {
  it('has well over 100 rules with unique ids', () => {
    expect(SECRET_RULES.length).toBeGreaterThan(150);
    expect(new Set(SECRET_RULES.map((r) => r.id)).size).toBe(SECRET_RULES.length);
  });

  it('every rule has at least one true and one false sample, and every sample names a rule', () => {
    const ids = SECRET_RULES.map((r) => r.id);
    const lacking = ids.filter((id) => !SAMPLES.get(id)?.match.length || !SAMPLES.get(id)?.noMatch.length);
    expect(lacking).toEqual([]);
    expect([...SAMPLES.keys()].filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('samples mirror the rule modules one to one', async () => {
    const modules = await ruleModules();
    expect(sampleModuleNames()).toEqual([...modules.keys()].sort());
    for (const [name, ids] of modules) {
      const sampled = [...SAMPLES.values()].filter((s) => s.module === name).map((s) => s.ruleId);
      expect({ name, ids: [...ids].sort() }).toEqual({ name, ids: sampled.sort() });
    }
  });

  const cases = SECRET_RULES.flatMap((rule) => {
    const sample = SAMPLES.get(rule.id);
    if (!sample) return [];
    return [
      ...sample.match.map((text, i) => ({ rule, text, path: sample.path ?? DEFAULT_PATH, expect: true, label: `${rule.id} match #${i + 1}` })),
      ...sample.noMatch.map((text, i) => ({ rule, text, path: sample.path ?? DEFAULT_PATH, expect: false, label: `${rule.id} noMatch #${i + 1}` })),
    ];
  });

  it.each(cases.map((c) => [c.label, c] as const))('%s, the rule alone', (_label, c) => {
    const findings = scanWithRuleSet({ path: c.path, text: c.text, context: 'source' }, new RuleSet([c.rule]));
    expect(findings.some((f) => f.ruleId === `secrets/${c.rule.id}`)).toBe(c.expect);
  });

  it.each(cases.map((c) => [c.label, c] as const))('%s, among all rules', (_label, c) => {
    const findings = scan(c.text, c.path);
    expect(findings.some((f) => f.ruleId === `secrets/${c.rule.id}`)).toBe(c.expect);
  });

  const files = [...SAMPLES.values()].flatMap((s) => (s.files ?? []).map((file) => ({ ruleId: s.ruleId, file })));

  it('file samples sit with a rule they report, or are files that must stay quiet', () => {
    const misplaced = files.filter(({ ruleId, file }) => file.findings.length > 0 && !file.findings.some(([id]) => id === ruleId));
    expect(misplaced.map(({ ruleId, file }) => `${ruleId}: ${file.name}`)).toEqual([]);
  });

  it.each(files.map((f) => [`${f.ruleId} file: ${f.file.name}`, f.file] as const))('%s', (_label, file) => {
    expect(hits(file.text, file.path)).toEqual(file.findings);
  });
});
