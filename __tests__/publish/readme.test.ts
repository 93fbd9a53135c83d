// Every YAML snippet in the README is checked: the manifest example against the manifest
// schema, the policy example against the policy schema, and every workflow (README and
// examples/workflows/) against action.yml's inputs and outputs. The inputs/outputs tables must
// be what scripts/action-docs.mjs generates from action.yml.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { parseInputs } from '../../src/action/inputs.js';
import { manifestSchema } from '../../src/manifest/schema.js';
import { policySchema } from '../../src/policy/schema.js';
import { runNode } from '../helpers/run-process.js';

const readme = readFileSync('README.md', 'utf8');
const snippets = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };
const workflowFiles = readdirSync('examples/workflows').map((f) => path.join('examples/workflows', f));
const workflows: [string, string][] = [...snippets.filter((s) => /^jobs:/m.test(s)).map((s, i): [string, string] => [`README workflow ${i + 1}`, s]), ...workflowFiles.map((f): [string, string] => [f, readFileSync(f, 'utf8')])];

interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
}

describe('README', () => {
  it('every YAML snippet parses', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(3);
    for (const s of snippets) expect(() => parse(s)).not.toThrow();
  });

  it('the manifest example is valid against the manifest schema', () => {
    const manifests = snippets.filter((s) => /^tier:/m.test(s));
    expect(manifests).toHaveLength(1);
    const result = manifestSchema.safeParse(parse(manifests[0]!));
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('the policy example is valid against the policy schema', () => {
    const policies = snippets.filter((s) => /^kind: Policy/m.test(s));
    expect(policies).toHaveLength(1);
    expect(policySchema.safeParse(parse(policies[0]!)).error?.issues ?? []).toEqual([]);
  });

  it('the workflow in the README is examples/workflows/readiness.yml, with the permissions it documents', () => {
    expect(snippets).toContain(readFileSync('examples/workflows/readiness.yml', 'utf8'));
    const wf = parse(readFileSync('examples/workflows/readiness.yml', 'utf8')) as { permissions: Record<string, string>; on: Record<string, unknown> };
    expect(wf.permissions).toEqual({ contents: 'read', 'pull-requests': 'write', checks: 'write', 'security-events': 'write' });
    expect(Object.keys(wf.on)).toEqual(['pull_request', 'pull_request_review', 'merge_group']);
    for (const p of Object.keys(wf.permissions)) expect(readme).toContain(`| \`${p}: ${wf.permissions[p]}\` |`);
  });

  it.each(workflows)('%s uses only inputs and outputs action.yml declares, with valid values', (_, text) => {
    const wf = parse(text) as { jobs: Record<string, { steps: Step[] }> };
    const gates = Object.values(wf.jobs).flatMap((j) => j.steps.filter((s) => s.uses?.startsWith('readiness-gate/readiness-gate@')));
    expect(gates.length).toBeGreaterThan(0);
    for (const step of gates) {
      const given = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, String(v)]));
      for (const name of Object.keys(given)) expect(Object.keys(action.inputs)).toContain(name);
      expect(parseInputs((name) => given[name] ?? '')).toMatchObject({ ok: true });
      for (const m of text.matchAll(new RegExp(`steps\\.${step.id}\\.outputs\\.([A-Za-z0-9_-]+)`, 'g'))) expect(Object.keys(action.outputs)).toContain(m[1]);
    }
  });

  it('the inputs and outputs tables are generated from action.yml', async () => {
    const r = await runNode(path.resolve('scripts/action-docs.mjs'), ['--check']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) expect(readme).toContain(`| \`${name}\` |`);
  });
});
