// SARIF: each finding once; each failing control or repository check once, pointing at the
// findings it rests on; repository-root-relative URIs; rule help and security-severity.
import type * as Sarif from 'sarif';
import { MAX_RELATED, renderSarif } from '../../src/render/sarif.js';
import type { Report } from '../../src/report/types.js';
import { findingRef } from '../../src/scanners/finding-ref.js';
import { ACCEPTED, COST, IDENTITY, IMAGE, LOGGED, NO_MANIFEST, SECRET, SECRETLESS, UNOWNED, UNOWNED_FINDING, control, report, workloadScore } from './fixture.js';

const sarif = (r: Report) => JSON.parse(renderSarif(r)) as Sarif.Log;
const run = (r: Report) => sarif(r).runs[0]!;
const results = (r: Report) => run(r).results!;
const rule = (r: Report, id: string) => run(r).tool.driver.rules!.find((x) => x.id === id)!;
const byRule = (r: Report, id: string) => results(r).filter((x) => x.ruleId === id);
const uriOf = (l: Sarif.Location) => l.physicalLocation!.artifactLocation!.uri;

describe('SARIF log', () => {
  it('is SARIF 2.1.0 with the tool and its version, one run, and ends with a newline', () => {
    const text = renderSarif(report());
    expect(text.endsWith('}\n')).toBe(true);
    const log = JSON.parse(text) as Sarif.Log;
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0]!.tool.driver).toMatchObject({ name: 'readiness-gate', version: '9.9.9', informationUri: 'https://github.com/readiness-gate/readiness-gate' });
  });

  it('rules are listed once each, sorted by id', () => {
    const ids = run(report()).tool.driver.rules!.map((x) => x.id);
    expect(ids).toEqual(['control/cost_guardrails', 'control/identity', 'control/secretless', 'images/latest-tag', 'secrets/generic-secret-assignment', 'secrets/secret-in-log']);
  });
});

describe('findings', () => {
  it('each finding is one result at its file, line and column, with its fingerprint', () => {
    const r = report();
    expect(byRule(r, SECRET.ruleId)).toEqual([
      {
        ruleId: SECRET.ruleId,
        level: 'error',
        message: { text: "Hardcoded secret assigned to 'API_KEY' (sk-…[12 chars, #6039248a])" },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'app/main.py' }, region: { startLine: 6, startColumn: 18 } } }],
        partialFingerprints: { 'readinessGate/v1': SECRET.fingerprint },
      },
    ]);
    expect(byRule(r, LOGGED.ruleId)[0]!.message.text).toBe("Variable 'API_KEY' is written to a log");
  });

  it('levels follow severity: critical and high are errors, medium a warning, low a note', () => {
    const r = report({ findings: [SECRET, LOGGED, IMAGE, ACCEPTED] });
    expect(results(r).filter((x) => !x.ruleId!.startsWith('control/')).map((x) => x.level)).toEqual(['error', 'error', 'warning', 'note']);
  });

  it('suppressed findings are reported with their suppression: inline in source, baseline external', () => {
    const r = report({ findings: [IMAGE, ACCEPTED] });
    expect(byRule(r, IMAGE.ruleId)[0]!.suppressions).toEqual([{ kind: 'inSource', justification: 'pinned by the release job' }]);
    expect(byRule(r, ACCEPTED.ruleId)[0]!.suppressions).toEqual([{ kind: 'external', justification: 'accepted in baseline' }]);
    expect(byRule(report({ findings: [SECRET] }), SECRET.ruleId)[0]).not.toHaveProperty('suppressions');
  });

  it('a finding rule has a name, a description without the finding\'s quoted names, help with the risk and the fix, and tags', () => {
    const r = rule(report(), SECRET.ruleId);
    expect(r.name).toBe('secrets_generic_secret_assignment');
    expect(r.shortDescription).toEqual({ text: "Hardcoded secret assigned to '…'" });
    expect(r.help!.text).toMatch(/^A secret in the tree is a secret in every clone, fork, log and backup\. Fix: Rotate the credential/);
    expect(r.properties).toMatchObject({ category: 'secret', tags: ['security', 'secret'] });
    expect(rule(report(), LOGGED.ruleId).help!.text).toMatch(/^A secret written to a log .* Fix: Log the event/);
    expect(rule(report(), IMAGE.ruleId).help!.text).toMatch(/^A `:latest` .* Fix: Deploy an immutable tag/);
  });

  it('security-severity per rule is the highest severity among its findings', () => {
    const low = { ...SECRET, fingerprint: '1'.repeat(32), severity: 'low' as const };
    const critical = { ...SECRET, fingerprint: '2'.repeat(32), line: 9, severity: 'critical' as const };
    expect(rule(report({ findings: [low] }), SECRET.ruleId).properties!['security-severity']).toBe('2.0');
    expect(rule(report({ findings: [low, critical, low] }), SECRET.ruleId).properties!['security-severity']).toBe('9.5');
    expect(rule(report({ findings: [IMAGE] }), IMAGE.ruleId).properties!['security-severity']).toBe('5.5');
    expect(rule(report({ findings: [SECRET] }), SECRET.ruleId).properties!['security-severity']).toBe('8.0');
  });

  it('a finding is reported once however many controls rest on it', () => {
    const both = workloadScore({ controls: [SECRETLESS, { ...SECRETLESS, id: 'identity' }] });
    const r = report({ workloads: [both, { ...both, name: 'worker' }] });
    const at6 = results(r).filter((x) => (x.locations ?? []).some((l) => uriOf(l) === 'app/main.py' && l.physicalLocation!.region!.startLine === 6));
    expect(at6.map((x) => x.ruleId)).toEqual([SECRET.ruleId]);
  });
});

describe('control results', () => {
  it('a control that rests on findings is one result at the manifest that points at them', () => {
    const [result, ...more] = byRule(report(), 'control/secretless');
    expect(more).toEqual([]);
    expect(result).toMatchObject({
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'readiness.yaml' }, region: { startLine: 1 } } }],
      relatedLocations: [
        { id: 1, physicalLocation: { artifactLocation: { uri: 'app/main.py' }, region: { startLine: 6, startColumn: 18 } }, message: { text: SECRETLESS.evidence[0]!.detail } },
        { id: 2, physicalLocation: { artifactLocation: { uri: 'app/main.py' }, region: { startLine: 11, startColumn: 3 } }, message: { text: SECRETLESS.evidence[1]!.detail } },
      ],
      properties: { workload: 'api', priority: 'P0', findings: [findingRef(SECRET), findingRef(LOGGED)] },
    });
    expect(result!.message.text).toBe(`${SECRETLESS.message} Rests on 2 findings reported separately. Fix: Rotate each exposed credential now.`);
  });

  it('a control with its own evidence sits at the first of it; the rest are related locations', () => {
    const [result] = byRule(report(), 'control/identity');
    expect(result!.locations).toEqual([{ physicalLocation: { artifactLocation: { uri: 'readiness.yaml' }, region: { startLine: 10 } } }]);
    expect(result!.relatedLocations).toEqual([{ id: 1, physicalLocation: { artifactLocation: { uri: 'k8s/deploy.yaml' }, region: { startLine: 40 } }, message: { text: 'AWS_ACCESS_KEY_ID set from a literal' } }]);
    expect(result!.message.text).toBe(`${IDENTITY.message} identity.type is 'None'. Fix: Set identity.type to SystemAssigned.`);
    expect(result!.properties).toEqual({ workload: 'api', priority: 'P0' });
  });

  it('a warning is level warning with its priority; evidence without a line starts at line 1', () => {
    const cost = { ...COST, evidence: [{ path: 'readiness.yaml', detail: 'no cost section' }] };
    const [result] = byRule(report({ workloads: [workloadScore({ controls: [cost] })] }), 'control/cost_guardrails');
    expect(result).toMatchObject({ level: 'warning', properties: { priority: 'P2' }, locations: [{ physicalLocation: { region: { startLine: 1 } } }] });
    expect(result).not.toHaveProperty('relatedLocations');
    expect(result!.message.text).toBe('No unit metrics. no cost section. Fix: Add unit metrics.');
  });

  it('passing, waived and not-applicable controls are not results', () => {
    const ids = results(report()).map((x) => x.ruleId);
    expect(ids.filter((x) => x!.startsWith('control/')).sort()).toEqual(['control/cost_guardrails', 'control/identity', 'control/secretless']);
  });

  it('a control rule has the title, help with the risk and every fix, tags and a security-severity by priority', () => {
    const r = report();
    expect(rule(r, 'control/secretless')).toEqual({
      id: 'control/secretless',
      name: 'secretless',
      shortDescription: { text: 'No hardcoded secrets' },
      help: { text: 'A secret in the tree is a secret in every clone. Fix: Rotate each exposed credential now. Read secrets at run time.' },
      properties: { tags: ['readiness'], 'security-severity': '8.0' },
    });
    expect(rule(r, 'control/cost_guardrails').properties!['security-severity']).toBe('2.0');
    const p1 = report({ workloads: [workloadScore({ controls: [{ ...COST, priority: 'P1' }] })] });
    expect(rule(p1, 'control/cost_guardrails').properties!['security-severity']).toBe('5.0');
    const none = report({ workloads: [workloadScore({ controls: [{ ...COST, priority: undefined, remediation: [] }] })] });
    expect(rule(none, 'control/cost_guardrails')).toMatchObject({ help: { text: 'Risk of cost_guardrails.' }, properties: { 'security-severity': '2.0' } });
  });

  it('the fingerprint of a control result is stable per workload and control, and differs between them', () => {
    const a = byRule(report(), 'control/identity')[0]!.partialFingerprints!['readinessGate/v1'];
    const moved = { ...IDENTITY, evidence: [{ path: 'readiness.yaml', line: 99, detail: 'moved' }], message: 'other words' };
    const b = byRule(report({ workloads: [workloadScore({ controls: [moved] })] }), 'control/identity')[0]!.partialFingerprints!['readinessGate/v1'];
    const c = byRule(report({ workloads: [workloadScore({ name: 'worker' })] }), 'control/identity')[0]!.partialFingerprints!['readinessGate/v1'];
    const d = byRule(report(), 'control/secretless')[0]!.partialFingerprints!['readinessGate/v1'];
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(b).toBe(a);
    expect(new Set([a, c, d]).size).toBe(3);
  });

  it('related locations are capped, and the message says how many more there are', () => {
    const evidence = Array.from({ length: MAX_RELATED + 3 }, (_, i) => ({ path: 'readiness.yaml', line: i + 1, detail: `api ${i} is not approved` }));
    const big = control({ id: 'api_surface', status: 'fail', blocking: true, priority: 'P0', message: 'Unapproved APIs.', evidence, remediation: ['Approve them.'] });
    const [result] = byRule(report({ workloads: [workloadScore({ controls: [big] })] }), 'control/api_surface');
    expect(result!.relatedLocations).toHaveLength(MAX_RELATED);
    expect(result!.relatedLocations![MAX_RELATED - 1]).toMatchObject({ id: MAX_RELATED, message: { text: `api ${MAX_RELATED} is not approved` } });
    expect(result!.message.text).toBe('Unapproved APIs. api 0 is not approved. 2 more related locations in the JSON report. Fix: Approve them.');
    const one = control({ ...big, evidence: evidence.slice(0, MAX_RELATED + 2) });
    expect(byRule(report({ workloads: [workloadScore({ controls: [one] })] }), 'control/api_surface')[0]!.message.text).toContain(' 1 more related location in the JSON report.');
    expect(MAX_RELATED).toBe(50);
  });

  it('a control resting on a finding missing from the report points at nothing it cannot place', () => {
    const orphanEvidence = { ...SECRETLESS, evidence: [{ path: 'gone.py', line: 1, detail: 'gone', finding: 'secrets/generic@gone.py:1:1' }] };
    const [result] = byRule(report({ findings: [], workloads: [workloadScore({ controls: [orphanEvidence] })] }), 'control/secretless');
    expect(result).not.toHaveProperty('relatedLocations');
    expect(result!.properties).toMatchObject({ findings: ['secrets/generic@gone.py:1:1'] });
    expect(result!.message.text).toContain('Rests on 1 finding reported separately.');
  });

  it('two pieces of evidence naming one finding count it once', () => {
    const twice = { ...SECRETLESS, evidence: [SECRETLESS.evidence[0]!, SECRETLESS.evidence[0]!] };
    const [result] = byRule(report({ workloads: [workloadScore({ controls: [twice] })] }), 'control/secretless');
    expect(result!.properties!.findings).toEqual([findingRef(SECRET)]);
  });
});

describe('repository results', () => {
  it('a repository check is a result of its own rule, pointing at its findings, without a workload', () => {
    const r = report({ findings: [UNOWNED_FINDING], workloads: [], repository: { blocking: [UNOWNED.message], warnings: [NO_MANIFEST.message], results: [UNOWNED, NO_MANIFEST] } });
    const [unowned] = byRule(r, 'repository/unowned_secrets');
    expect(unowned).toMatchObject({
      level: 'error',
      relatedLocations: [{ id: 1, physicalLocation: { artifactLocation: { uri: 'scripts/x.sh' }, region: { startLine: 2, startColumn: 1 } } }],
      properties: { priority: 'P0', findings: [findingRef(UNOWNED_FINDING)] },
    });
    expect(unowned).not.toHaveProperty('locations');
    expect(unowned!.properties).not.toHaveProperty('workload');
    const [none] = byRule(r, 'repository/no_manifest');
    expect(none).toMatchObject({ level: 'warning', message: { text: 'No workload is declared. no file matches the manifest globs. Fix: Add a readiness.yaml.' }, properties: { priority: 'P1' } });
    expect(none).not.toHaveProperty('locations');
    expect(rule(r, 'repository/no_manifest')).toMatchObject({ name: 'no_manifest', shortDescription: { text: 'Readiness manifest' }, help: { text: 'Nothing is checked. Fix: Add a readiness.yaml.' }, properties: { 'security-severity': '5.0' } });
  });
});

describe('paths of a scanned subdirectory', () => {
  it('every URI is prefixed with the scanned path, and the automation id names it', () => {
    const r = report({ scannedPath: 'services/api', repository: { blocking: [], warnings: [], results: [UNOWNED] }, findings: [SECRET, LOGGED, IMAGE, UNOWNED_FINDING] });
    const log = run(r);
    const uris = log.results!.flatMap((x) => [...(x.locations ?? []), ...(x.relatedLocations ?? [])].map(uriOf));
    expect(uris.length).toBeGreaterThan(5);
    expect(uris.every((u) => u!.startsWith('services/api/'))).toBe(true);
    expect(uris).toContain('services/api/readiness.yaml');
    expect(uris).toContain('services/api/app/main.py');
    expect(log.automationDetails).toEqual({ id: 'readiness-gate/services/api/' });
  });

  it('the root keeps paths as they are and its own automation id', () => {
    const log = run(report());
    expect(log.automationDetails).toEqual({ id: 'readiness-gate/' });
    expect(uriOf(log.results![0]!.locations![0]!)).toBe('app/main.py');
  });
});
