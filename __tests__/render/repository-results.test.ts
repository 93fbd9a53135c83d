// The base-rules blockers, notices, policy preview, new exceptions and unscanned files are
// repository results like any control result: every renderer shows them with risk, evidence
// (file and line) and fix: SARIF as results of their own rules, the comment under "Fix first",
// the terminal text with their evidence.
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderSarif } from '../../src/render/sarif.js';
import { renderText } from '../../src/render/text.js';
import { addRepositoryResults, baseRulesResults, unscannedFilesResult, type RepositoryResult, type RepositoryVerdict } from '../../src/scorecard/repository.js';
import { report } from './fixture.js';

function withResults(results: RepositoryResult[]) {
  const verdict: RepositoryVerdict = { blocking: [], warnings: [], results: [], orphans: [] };
  addRepositoryResults(verdict, results);
  return report({ workloads: [], findings: [], ready: verdict.blocking.length === 0, repository: { blocking: verdict.blocking, warnings: verdict.warnings, results: verdict.results } });
}

const brokenPolicy = baseRulesResults({ blockers: [{ kind: 'head-policy-broken', file: '.github/readiness-policy.yml', line: 4, error: 'profiles.beta: unknown key' }], notices: [], newExceptions: [] });
const unreadable = baseRulesResults({ blockers: [{ kind: 'base-unreadable', changed: ['.github/readiness-policy.yml', '.readiness-gate-baseline.json'], reason: 'shallow clone' }], notices: ['The base commit could not be read.'], newExceptions: [] });
const exceptions = baseRulesResults({
  blockers: [],
  notices: [],
  policyChange: { file: '.github/readiness-policy.yml', preview: { ready: true, verdict: 'Ready.' } },
  newExceptions: [
    { kind: 'waiver', path: 'svc/readiness.yaml', line: 31, workload: 'svc', detail: 'New exception, needs review: the waiver of cost_guardrails is added.' },
    { kind: 'waiver', path: 'svc/readiness.yaml', line: 35, workload: 'svc', approvedBy: '@alice', detail: 'Exception approved in review: @alice approved the head commit.' },
  ],
});
const unscanned = unscannedFilesResult([{ path: 'vendor/blob.bin', reason: 'binary', textLike: true }, { path: 'data/huge.txt', reason: 'too-large', textLike: true }])!;

describe('repository results from the base rules', () => {
  it('have the shape of control results: blockers P0, needs-review P1, notices and previews P2', () => {
    expect(brokenPolicy).toEqual([
      expect.objectContaining({ id: 'base_rules', status: 'fail', blocking: true, priority: 'P0', evidence: [{ path: '.github/readiness-policy.yml', line: 4, detail: 'profiles.beta: unknown key' }], remediation: [expect.stringContaining('--policy FILE')] }),
    ]);
    expect(brokenPolicy[0]!.message).toBe('Promotion blocked: the policy as changed in this PR does not load (profiles.beta: unknown key); it would break the gate after merge.');
    expect(unreadable.map((r) => [r.id, r.priority, r.blocking])).toEqual([['base_rules', 'P0', true], ['base_notice', 'P2', false]]);
    expect(unreadable[0]!.evidence.map((e) => e.path)).toEqual(['.github/readiness-policy.yml', '.readiness-gate-baseline.json']);
    expect(exceptions.map((r) => [r.id, r.title, r.priority])).toEqual([
      ['policy_change', 'Policy change in this PR', 'P2'],
      ['new_exception', 'New exception, needs review', 'P1'],
      ['new_exception', 'Exception approved in review', 'P2'],
    ]);
    expect(exceptions[1]!.evidence).toEqual([{ path: 'svc/readiness.yaml', line: 31, detail: expect.any(String) }]);
  });

  it('keep the blocking and warning sentences in order', () => {
    const r = withResults([...unreadable, ...exceptions, unscanned]);
    expect(r.repository.blocking).toEqual([unreadable[0]!.message]);
    expect(r.repository.warnings).toEqual([unreadable[1]!.message, ...exceptions.map((e) => e.message), unscanned.message]);
  });

  it('SARIF: a result per item under its own rule, at its file and line', () => {
    const sarif = JSON.parse(renderSarif(withResults([...brokenPolicy, ...exceptions, unscanned])));
    const results = sarif.runs[0].results as { ruleId: string; level: string; locations?: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[];
    const at = (rule: string) => results.filter((x) => x.ruleId === rule).map((x) => `${x.locations?.[0]?.physicalLocation.artifactLocation.uri}:${x.locations?.[0]?.physicalLocation.region.startLine}`);
    expect(at('repository/base_rules')).toEqual(['.github/readiness-policy.yml:4']);
    expect(at('repository/new_exception')).toEqual(['svc/readiness.yaml:31', 'svc/readiness.yaml:35']);
    expect(at('repository/unscanned_files')).toEqual(['vendor/blob.bin:1']);
    expect(sarif.runs[0].tool.driver.rules.map((x: { id: string }) => x.id)).toEqual(expect.arrayContaining(['repository/base_rules', 'repository/policy_change', 'repository/new_exception', 'repository/unscanned_files']));
  });

  it('the comment lists a base-rules blocker under "Fix first", with risk, evidence and fix', () => {
    const md = renderMarkdown(withResults([...unreadable, ...exceptions]));
    const fixFirst = md.slice(md.indexOf('### Fix first'), md.indexOf('### Repository'));
    expect(fixFirst).toContain('1. **Repository: Rules from the base commit**: Promotion blocked: this PR changes');
    expect(fixFirst).toContain('   - Risk: A PR that changes the rules');
    expect(fixFirst).toContain('`.github/readiness-policy.yml`');
    expect(fixFirst).toContain('   - Fix: Let the action read the base commit');
    // Warnings are not blockers: they stay in the repository list.
    expect(fixFirst).not.toContain('New exception');
    expect(md.slice(md.indexOf('### Repository'))).toContain('New exception, needs review');
  });

  it('the terminal text shows each result with its evidence and fix', () => {
    const text = renderText(withResults([unscanned, ...brokenPolicy]), { color: false });
    expect(text).toContain('warn P1 2 files no workload owns could not be scanned for secrets: vendor/blob.bin, data/huge.txt.');
    expect(text).toContain('vendor/blob.bin');
    expect(text).toContain('not scanned: over the hard size cap');
    expect(text).toContain('FAIL P0 Promotion blocked: the policy as changed in this PR does not load');
    expect(text).toContain('.github/readiness-policy.yml:4');
  });
});
