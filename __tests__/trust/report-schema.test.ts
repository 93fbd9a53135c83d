// The report the publish stage accepts: every report the check really writes passes the strict
// schema (the golden reports of examples/, and one with a base and new exceptions), and the
// caps hold. A field added to the Report type without the schema fails here, not in production.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { runCheck } from '../../src/engine/run-check.js';
import { LIMITS, MAX_REPORT_FILE_BYTES, parseReportEnvelope, reportEnvelope } from '../../src/report/report-schema.js';
import type { Report } from '../../src/report/types.js';

const SHA = 'c'.repeat(40);
const golden = (name: string) => JSON.parse(readFileSync(`__tests__/golden/${name}.json`, 'utf8')) as Report;
const accepts = (report: Report) => parseReportEnvelope(JSON.stringify(reportEnvelope(SHA, { report })));

describe('the report envelope schema', () => {
  it.each(['weekend-prototype', 'partial', 'production-ready'])('accepts the %s report the check writes', (name) => {
    expect(accepts(golden(name))).toMatchObject({ ok: true });
  });

  it('accepts a fresh report of every example, with the engine as it is now', async () => {
    for (const name of ['weekend-prototype', 'partial', 'production-ready']) {
      const report = await runCheck({ root: `examples/${name}`, now: new Date('2026-01-15T00:00:00Z') });
      const result = accepts(JSON.parse(JSON.stringify(report)));
      expect(result.ok ? [] : result.problems).toEqual([]);
    }
  });

  it('accepts a report with a base-to-head delta (a regressed control, a new finding)', async () => {
    const top = mkdtempSync(path.join(tmpdir(), 'rg-schema-delta-'));
    try {
      const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: top, encoding: 'utf8' }).trim();
      cpSync('examples/production-ready', top, { recursive: true });
      git('init', '-q', '-b', 'main');
      git('add', '-A');
      git('commit', '-qm', 'base');
      const deployment = path.join(top, 'k8s/deployment.yaml');
      writeFileSync(deployment, readFileSync(deployment, 'utf8').replace(/image: ([^:@\s]+)\S*$/m, 'image: $1:latest'));
      const report = await runCheck({ root: top, baseRef: git('rev-parse', 'HEAD'), now: new Date('2026-01-15T00:00:00Z') });
      expect(report.delta?.regressed.length).toBeGreaterThan(0);
      expect(report.delta?.findings.new.length).toBeGreaterThan(0);
      const result = accepts(JSON.parse(JSON.stringify(report)));
      expect(result.ok ? [] : result.problems).toEqual([]);
    } finally {
      rmSync(top, { recursive: true, force: true });
    }
  });

  it('accepts the base-rules part of a report', () => {
    const report = golden('partial');
    report.base = { commit: 'd'.repeat(40), notices: ['n'], policyChange: { preview: { ready: true, verdict: 'Ready.' } }, newExceptions: [{ kind: 'waiver', path: 'readiness.yaml', line: 3, workload: 'w', detail: 'new waiver' }] };
    expect(accepts(report)).toMatchObject({ ok: true });
  });

  it('refuses a string one character over its cap, and accepts it at the cap', () => {
    const report = golden('partial');
    report.workloads[0]!.name = 'n'.repeat(LIMITS.shortText);
    expect(accepts(report)).toMatchObject({ ok: true });
    report.workloads[0]!.name += 'n';
    const result = accepts(report);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.problems.join('\n')).toContain('report.workloads.0.name');
  });

  it('refuses a file over the byte cap before parsing it', () => {
    expect(parseReportEnvelope(' '.repeat(MAX_REPORT_FILE_BYTES + 1))).toEqual({ ok: false, problems: [`the report file is over ${MAX_REPORT_FILE_BYTES} bytes`] });
  });

  it('never quotes a long value back in its problems', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 60, maxLength: 200 }), (value) => {
        const report = golden('partial') as unknown as Record<string, unknown>;
        report.ready = value;
        report[value] = 1;
        const result = parseReportEnvelope(JSON.stringify(reportEnvelope(SHA, { report: report as unknown as Report })));
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.problems.join('\n')).not.toContain(JSON.stringify(value).slice(1, -1));
      }),
      { numRuns: 50 },
    );
  });

  it('refuses an envelope with both a report and configuration errors, or neither', () => {
    const both = { ...reportEnvelope(SHA, { report: golden('partial') }), configurationErrors: [] };
    expect(parseReportEnvelope(JSON.stringify(both)).ok).toBe(false);
    const neither = { format: 'readiness-gate/report', version: 1, headSha: SHA };
    expect(parseReportEnvelope(JSON.stringify(neither)).ok).toBe(false);
  });
});
