// One fact, one result: control evidence that is a scanner finding names the finding, so
// renderers point at it instead of reporting the same file and line a second time.
import type { Evidence } from '../controls/types.js';
import type { ControlId } from '../manifest/schema.js';
import type { Finding, FindingCategory } from '../scanners/types.js';
import type { ResultEvidence } from './types.js';

/** Which findings a control's evidence can be: the control decides from exactly these facts. */
const RESTS_ON: Partial<Record<ControlId, readonly FindingCategory[]>> = {
  secretless: ['secret', 'secret-logging'],
  image_pinning: ['image'],
  container_hardening: ['hardening'],
};

export function linkFindings(control: ControlId, evidence: readonly Evidence[], findings: readonly Finding[]): ResultEvidence[] {
  const categories = RESTS_ON[control];
  if (!categories) return [...evidence];
  // Several findings may share a line (two secrets on one line): hand them out in order.
  const atPlace = new Map<string, string[]>();
  for (const f of findings) {
    if (!categories.includes(f.category)) continue;
    const key = `${f.path}\u0000${f.line}`;
    atPlace.set(key, [...(atPlace.get(key) ?? []), f.fingerprint]);
  }
  return evidence.map((e) => {
    const queue = e.path === undefined ? undefined : atPlace.get(`${e.path}\u0000${e.line}`);
    if (!queue) return { ...e };
    const finding = queue.length > 1 ? queue.shift()! : queue[0]!;
    return { ...e, finding };
  });
}
