// One fact, one result: control evidence that is a scanner finding names the finding, so
// renderers point at it instead of reporting the same file and line a second time.
// Linking runs over every finding of the tree: a workload's image may live in a file it does
// not own (a container its manifest names), and its finding is still the same fact.
import type { Evidence } from '../controls/types.js';
import type { ControlId } from '../manifest/schema.js';
import type { Finding, FindingCategory } from '../scanners/types.js';
import { findingRef } from '../scanners/finding-ref.js';
import type { ResultEvidence } from './types.js';

/** Which findings a control's evidence can be: the control decides from exactly these facts. */
export const RESTS_ON: Partial<Record<ControlId, readonly FindingCategory[]>> = {
  secretless: ['secret', 'secret-logging'],
  image_pinning: ['image'],
  container_hardening: ['hardening'],
};

export type FindingIndex = ReadonlyMap<string, readonly Finding[]>;

const placeKey = (path: string, line: number | undefined) => `${path}\u0000${line}`;

/** Findings by file and line, built once per report. */
export function indexFindings(findings: readonly Finding[]): FindingIndex {
  const index = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = placeKey(f.path, f.line);
    const list = index.get(key);
    if (list) list.push(f);
    else index.set(key, [f]);
  }
  return index;
}

export function linkFindings(control: ControlId, evidence: readonly Evidence[], index: FindingIndex): ResultEvidence[] {
  const categories = RESTS_ON[control];
  if (!categories) return evidence.map((e) => ({ ...e }));
  // Several findings may share a line (two secrets on one line): hand them out in order.
  const used = new Map<string, number>();
  return evidence.map((e) => {
    if (e.path === undefined) return { ...e };
    const key = placeKey(e.path, e.line);
    const candidates = (index.get(key) ?? []).filter((f) => categories.includes(f.category));
    if (!candidates.length) return { ...e };
    const n = used.get(key) ?? 0;
    used.set(key, n + 1);
    return { ...e, finding: findingRef(candidates[Math.min(n, candidates.length - 1)]!) };
  });
}
