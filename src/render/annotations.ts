// Annotations: one per offending line, the most important first (blocking control evidence,
// then warnings, then notices). Paths are repository-relative (the scanned dir prefixed).
// With the `changed` scope only what the PR touched is annotated, so the first run on an old
// repository does not bury the author.
import type { Report } from '../report/types.js';
import { repoPath } from './links.js';

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  title: string;
  message: string;
  path?: string;
  line?: number;
}

/** Repository path -> the new-side lines the PR adds or changes ('all' when the patch is not known). */
export type ChangedFiles = Map<string, Set<number> | 'all'>;

export type AnnotationScope = { kind: 'all' } | { kind: 'changed'; files: ChangedFiles };

export function annotationsFor(report: Report, scope: AnnotationScope = { kind: 'all' }): Annotation[] {
  const prefix = (p?: string) => (p ? repoPath(report.scannedPath, p) : undefined);
  const touched = (p?: string) => scope.kind === 'all' || (p !== undefined && scope.files.has(p));
  const onChangedLine = (p: string | undefined, line: number | undefined) => {
    if (scope.kind === 'all') return true;
    const lines = p === undefined ? undefined : scope.files.get(p);
    return lines === 'all' || (lines !== undefined && line !== undefined && lines.has(line));
  };
  const out: Annotation[] = [];
  // Every finding counts for the shown-once rule below, annotated or not.
  const evidenceLines = new Set<string>();
  for (const w of report.workloads) {
    for (const c of w.controls) {
      if (c.status !== 'fail' && c.status !== 'warn') continue;
      for (const e of c.evidence) {
        // An annotation belongs on a line: a place-less note ("and 101 more") is not one.
        if (!e.path) continue;
        const path = prefix(e.path);
        evidenceLines.add(`${path}:${e.line}`);
        if (!touched(path)) continue;
        out.push({ level: c.blocking ? 'error' : 'warning', title: `${w.name}: ${c.title}${c.priority ? ` (${c.priority})` : ''}`, message: `${c.message}\n${e.detail}\nFix: ${c.remediation[0] ?? ''}`, path, line: e.line });
      }
    }
  }
  // A finding already shown as a control's evidence on the same line is not annotated twice.
  for (const f of report.findings) {
    const path = prefix(f.path)!;
    if (f.suppression || evidenceLines.has(`${path}:${f.line}`) || !onChangedLine(path, f.line)) continue;
    out.push({ level: f.severity === 'low' ? 'notice' : 'warning', title: f.ruleId, message: f.redacted ? `${f.message} (${f.redacted})` : f.message, path, line: f.line });
  }
  const rank = { error: 0, warning: 1, notice: 2 };
  const unique = [...new Map(out.map((a) => [`${a.level}|${a.path}|${a.line}|${a.title}`, a])).values()];
  return unique.sort((a, b) => rank[a.level] - rank[b.level]);
}

/** New-side line numbers a unified diff adds or changes. */
export function addedLines(patch: string): Set<number> {
  const lines = new Set<number>();
  let next = 0;
  for (const text of patch.split('\n')) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text);
    if (hunk) {
      next = Number(hunk[1]);
      continue;
    }
    if (next === 0 || text.startsWith('\\')) continue;
    if (text.startsWith('+')) lines.add(next++);
    else if (!text.startsWith('-')) next++;
  }
  return lines;
}

/** The PR's files as an annotation scope; a file without a patch (too large, binary) counts as wholly changed. */
export function changedFiles(files: { filename: string; status: string; patch?: string }[]): ChangedFiles {
  const map: ChangedFiles = new Map();
  for (const f of files) {
    if (f.status === 'removed') continue;
    map.set(f.filename, f.patch === undefined ? 'all' : addedLines(f.patch));
  }
  return map;
}
