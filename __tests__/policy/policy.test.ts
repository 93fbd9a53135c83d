import { loadPolicy } from '../../src/policy/load.js';
import { defaultPolicy } from '../../src/policy/policy.js';
import { CONTROL_IDS } from '../../src/manifest/schema.js';
import { failure } from '../helpers/config-failure.js';
import { cleanupTrees, makeTree } from '../helpers/tmp-tree.js';

afterAll(cleanupTrees);


describe('default policy', () => {
  it('is the production bar: production blocks on every control, an experiment on owner and secrets', () => {
    const p = defaultPolicy();
    expect(p.profiles.production.block).toEqual([...CONTROL_IDS]);
    expect(p.profiles.experiment.block).toEqual(['ownership', 'secretless']);
    expect(p.boundaries.disconnected.allowPublicEndpoints).toBe(false);
    expect(p.controls.identity.waivable).toBe(false);
    expect(p.controls.cost_guardrails).toEqual({ waivable: true, maxWaiverDays: 90 });
    expect(p.identityAllowed).toEqual(expect.arrayContaining(['SystemAssigned', 'UserAssigned']));
    expect(p.identityAllowed).not.toContain('None');
  });

  it('is used when the repository has no policy file', () => {
    const root = makeTree({ 'x.txt': '' });
    expect(loadPolicy(root).source).toBe('built-in default policy');
  });
});

describe('policy files', () => {
  it('override section by section and read a catalog file', () => {
    const root = makeTree({
      '.github/readiness-policy.yml': `apiVersion: readiness-gate/v1
kind: Policy
orphans: fail
api_catalog: [a-read]
api_catalog_file: catalog.yaml
profiles:
  beta:
    block: [secretless]
controls:
  cost_guardrails: { waivable: false }
`,
      'catalog.yaml': '- b-read\n- name: c-write\n  description: reviewed 2026-10\n',
    });
    const p = loadPolicy(root);
    expect(p.source).toBe('.github/readiness-policy.yml');
    expect(p.orphans).toBe('fail');
    expect(p.apiCatalog).toEqual(['a-read', 'b-read', 'c-write']);
    expect(p.profiles.beta).toEqual({ block: ['secretless'], warn: [] });
    expect(p.profiles.production.block).toHaveLength(CONTROL_IDS.length);
    expect(p.controls.cost_guardrails.waivable).toBe(false);
  });

  it('are validated with located errors and suggestions', () => {
    const root = makeTree({ '.github/readiness-policy.yml': 'apiVersion: readiness-gate/v1\norphan: fail\nprofiles:\n  production:\n    block: [identiy]\n' });
    const errors = failure(() => loadPolicy(root)).errors;
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: '.github/readiness-policy.yml', line: 2, keyPath: 'orphan', hint: "did you mean 'orphans'?" }),
        expect.objectContaining({ line: 5, keyPath: 'profiles.production.block[0]', hint: "did you mean 'identity'?" }),
      ]),
    );
  });

  it('an explicit policy path that does not exist is an error, not a silent default', () => {
    const root = makeTree({ 'x.txt': '' });
    expect(failure(() => loadPolicy(root, 'nope.yml', root)).errors[0]?.message).toBe('policy file not found');
  });

  it('a catalog file outside the workspace is refused', () => {
    const root = makeTree({ '.github/readiness-policy.yml': 'apiVersion: readiness-gate/v1\napi_catalog_file: ../../etc/passwd\n' });
    expect(failure(() => loadPolicy(root)).errors[0]?.message).toMatch(/leaves the repository/);
  });

  it('billion laughs in a policy fails fast', () => {
    const root = makeTree({ '.github/readiness-policy.yml': 'a: &a [x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c]\n' });
    expect(failure(() => loadPolicy(root)).errors[0]?.message).toMatch(/billion laughs/);
  });
});
