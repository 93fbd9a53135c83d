// SARIF 2.1.0 for code scanning: scanner findings and failing controls, each at its file and line.
import { createHash } from 'node:crypto';
import type { Report } from '../report/types.js';
import type { Severity } from '../scanners/types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  help?: { text: string };
  properties?: Record<string, unknown>;
}

export function renderSarif(report: Report): string {
  const rules = new Map<string, SarifRule>();
  const results: unknown[] = [];
  for (const f of report.findings) {
    if (!rules.has(f.ruleId)) rules.set(f.ruleId, { id: f.ruleId, name: f.ruleId.replace(/[^A-Za-z0-9]+/g, '_'), shortDescription: { text: f.message.replace(/'[^']*'/g, "'…'") }, properties: { category: f.category } });
    results.push({
      ruleId: f.ruleId,
      level: LEVEL[f.severity],
      message: { text: f.redacted ? `${f.message} (${f.redacted})` : f.message },
      locations: [{ physicalLocation: { artifactLocation: { uri: f.path }, region: { startLine: f.line, startColumn: f.column } } }],
      partialFingerprints: { 'readinessGate/v1': f.fingerprint },
      ...(f.suppression ? { suppressions: [{ kind: f.suppression.kind === 'inline' ? 'inSource' : 'external', justification: f.suppression.reason }] } : {}),
    });
  }
  for (const w of report.workloads) {
    for (const c of w.controls) {
      if (c.status !== 'fail' && c.status !== 'warn') continue;
      const ruleId = `control/${c.id}`;
      if (!rules.has(ruleId)) rules.set(ruleId, { id: ruleId, name: c.id, shortDescription: { text: c.title }, help: { text: c.risk } });
      for (const e of c.evidence.filter((e) => e.path)) {
        results.push({
          ruleId,
          level: c.blocking ? 'error' : 'warning',
          message: { text: `${c.message} ${e.detail}. Fix: ${c.remediation[0] ?? ''}`.trim() },
          locations: [{ physicalLocation: { artifactLocation: { uri: e.path }, region: { startLine: e.line ?? 1 } } }],
          partialFingerprints: { 'readinessGate/v1': createHash('sha256').update(`${w.name}\u0000${c.id}\u0000${e.path}\u0000${e.detail}`).digest('hex').slice(0, 32) },
          properties: { workload: w.name, priority: c.priority },
        });
      }
    }
  }
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'readiness-gate', version: report.tool.version, informationUri: 'https://github.com/readiness-gate/readiness-gate', rules: [...rules.values()].sort((a, b) => a.id.localeCompare(b.id)) } },
        results,
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
