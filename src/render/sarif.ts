// SARIF 2.1.0 for code scanning. One fact, one result: each scanner finding is one result at its
// file and line; a failing control (or repository check) is one result that points at the
// findings it rests on (relatedLocations and their fingerprints) instead of repeating them.
// Every URI is repository-root-relative, so `path: services/api` maps to real files.
import { createHash } from 'node:crypto';
import type * as Sarif from 'sarif';
import { findingRef } from '../scanners/finding-ref.js';
import type { Report } from '../report/types.js';
import type { Severity } from '../scanners/types.js';
import type { Priority, ResultEvidence, VerdictItem } from '../scorecard/types.js';
import { repositoryPath } from './format-location.js';
import { FINDING_HELP, SECURITY_SEVERITY } from './labels.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };
const SEVERITY_RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2, critical: 3 };
/** A verdict item's security-severity: a blocker ranks high, a P1 medium, advice low. */
const PRIORITY_SEVERITY: Record<Priority, number> = { P0: 8, P1: 5, P2: 2 };
/** Related locations per result: enough to follow, bounded however many facts a result rests on. */
export const MAX_RELATED = 50;
const FINGERPRINT_KEY = 'readinessGate/v1';

export function renderSarif(report: Report): string {
  const uri = (path: string) => repositoryPath(report.scannedPath, path);
  const rules = new Map<string, Sarif.ReportingDescriptor>();
  const results: Sarif.Result[] = [];
  /** Finding fingerprint -> its location, so verdict items can point at it. */
  const findingAt = new Map<string, Sarif.PhysicalLocation>();
  const ruleSeverity = new Map<string, number>();
  const raiseSeverity = (ruleId: string, severity: number) => ruleSeverity.set(ruleId, Math.max(ruleSeverity.get(ruleId) ?? 0, severity));

  for (const f of report.findings) {
    if (!rules.has(f.ruleId)) {
      const help = FINDING_HELP[f.category];
      rules.set(f.ruleId, {
        id: f.ruleId,
        name: f.ruleId.replace(/[^A-Za-z0-9]+/g, '_'),
        // The rule's description must not quote one finding's names or values.
        shortDescription: { text: f.message.replace(/'[^']*'/g, "'…'") },
        help: { text: `${help.risk} Fix: ${help.fix}` },
        properties: { category: f.category, tags: ['security', f.category] },
      });
    }
    raiseSeverity(f.ruleId, SECURITY_SEVERITY[f.severity]);
    const physicalLocation: Sarif.PhysicalLocation = { artifactLocation: { uri: uri(f.path) }, region: { startLine: f.line, startColumn: f.column } };
    if (!findingAt.has(findingRef(f))) findingAt.set(findingRef(f), physicalLocation);
    results.push({
      ruleId: f.ruleId,
      level: LEVEL[f.severity],
      message: { text: f.redacted ? `${f.message} (${f.redacted})` : f.message },
      locations: [{ physicalLocation }],
      // Without a user key the fingerprint is withheld (it could confirm a guessed secret).
      ...(f.fingerprint ? { partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint } } : {}),
      ...(f.suppression ? { suppressions: [{ kind: f.suppression.kind === 'inline' ? 'inSource' : 'external', justification: f.suppression.reason }] } : {}),
    });
  }

  const addItem = (ruleId: string, name: string, item: VerdictItem, anchor: Sarif.PhysicalLocation | undefined, scope: { workload?: string }) => {
    const help = `${item.risk}${item.remediation.length ? ` Fix: ${item.remediation.join(' ')}` : ''}`;
    if (!rules.has(ruleId)) rules.set(ruleId, { id: ruleId, name, shortDescription: { text: item.title }, help: { text: help }, properties: { tags: ['readiness'] } });
    raiseSeverity(ruleId, PRIORITY_SEVERITY[item.priority ?? 'P2']);
    results.push(verdictResult(ruleId, item, anchor, scope, uri, findingAt));
  };

  for (const w of report.workloads) {
    for (const c of w.controls) {
      if (c.status !== 'fail' && c.status !== 'warn') continue;
      // A workload's result without a file of its own belongs to the workload's manifest.
      addItem(`control/${c.id}`, c.id, c, { artifactLocation: { uri: uri(w.manifest) }, region: { startLine: 1 } }, { workload: w.name });
    }
  }
  for (const r of report.repository.results) addItem(`repository/${r.id}`, r.id, r, undefined, {});

  for (const rule of rules.values()) rule.properties = { ...rule.properties, 'security-severity': ruleSeverity.get(rule.id)!.toFixed(1) };
  const sarif: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'readiness-gate', version: report.tool.version, informationUri: 'https://github.com/readiness-gate/readiness-gate', rules: [...rules.values()].sort((a, b) => a.id.localeCompare(b.id)) } },
        // One category per scanned directory: uploads for services/api and services/web do not replace each other.
        automationDetails: { id: `readiness-gate/${repositoryPath(report.scannedPath, '')}` },
        results,
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

function verdictResult(
  ruleId: string,
  item: VerdictItem,
  anchor: Sarif.PhysicalLocation | undefined,
  scope: { workload?: string },
  uri: (path: string) => string,
  findingAt: ReadonlyMap<string, Sarif.PhysicalLocation>,
): Sarif.Result {
  const own = item.evidence.filter((e): e is ResultEvidence & { path: string } => !e.finding && e.path !== undefined);
  const facts = item.evidence.filter((e) => e.finding !== undefined);
  const fingerprints = [...new Set(facts.map((e) => e.finding!))];
  const place = (e: ResultEvidence & { path: string }): Sarif.PhysicalLocation => ({ artifactLocation: { uri: uri(e.path) }, region: { startLine: e.line ?? 1 } });
  // The result sits at its own first piece of evidence, else at the anchor; the findings it rests on are related.
  const primary = own[0] ? place(own[0]) : anchor;
  const related: Sarif.Location[] = [
    ...own.slice(1).map((e) => ({ physicalLocation: place(e), message: { text: e.detail } })),
    ...facts.flatMap((e) => {
      const at = findingAt.get(e.finding!);
      return at ? [{ physicalLocation: at, message: { text: e.detail } }] : [];
    }),
  ];
  const shown = related.slice(0, MAX_RELATED).map((l, i) => ({ id: i + 1, ...l }));
  const detail = own[0]?.detail ?? item.evidence.find((e) => !e.path)?.detail;
  const parts = [
    item.message,
    detail ? `${detail}.` : '',
    fingerprints.length ? `Rests on ${fingerprints.length} finding${fingerprints.length > 1 ? 's' : ''} reported separately.` : '',
    related.length > shown.length ? `${related.length - shown.length} more related location${related.length - shown.length > 1 ? 's' : ''} in the JSON report.` : '',
    item.remediation[0] ? `Fix: ${item.remediation[0]}` : '',
  ];
  const key = `${scope.workload ?? ''}\u0000${ruleId}`;
  return {
    ruleId,
    level: item.blocking ? 'error' : 'warning',
    message: { text: parts.filter(Boolean).join(' ') },
    ...(primary ? { locations: [{ physicalLocation: primary }] } : {}),
    ...(shown.length ? { relatedLocations: shown } : {}),
    partialFingerprints: { [FINGERPRINT_KEY]: createHash('sha256').update(key).digest('hex').slice(0, 32) },
    properties: { ...(scope.workload !== undefined ? { workload: scope.workload } : {}), priority: item.priority, ...(fingerprints.length ? { findings: fingerprints } : {}) },
  };
}
