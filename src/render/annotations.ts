// Check-run annotations: one per offending line, the most important first, within GitHub's limits.
import type { Report } from '../report/types.js';

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  title: string;
  message: string;
  path?: string;
  line?: number;
}

/** GitHub shows at most 10 error and 10 warning annotations per step; keep the worst. */
export const MAX_ANNOTATIONS = 50;

export function annotationsFor(report: Report): Annotation[] {
  const out: Annotation[] = [];
  for (const w of report.workloads) {
    for (const c of w.controls) {
      if (c.status !== 'fail' && c.status !== 'warn') continue;
      for (const e of c.evidence) {
        out.push({ level: c.blocking ? 'error' : 'warning', title: `${w.name}: ${c.title}${c.priority ? ` (${c.priority})` : ''}`, message: `${c.message}\n${e.detail}\nFix: ${c.remediation[0] ?? ''}`, path: e.path, line: e.line });
      }
    }
  }
  // A finding already shown as a control's evidence on the same line is not annotated twice.
  const shown = new Set(out.map((a) => `${a.path}:${a.line}`));
  for (const f of report.findings) {
    if (f.suppression || shown.has(`${f.path}:${f.line}`)) continue;
    out.push({ level: f.severity === 'low' ? 'notice' : 'warning', title: f.ruleId, message: f.redacted ? `${f.message} (${f.redacted})` : f.message, path: f.path, line: f.line });
  }
  const rank = { error: 0, warning: 1, notice: 2 };
  const unique = [...new Map(out.map((a) => [`${a.level}|${a.path}|${a.line}|${a.title}`, a])).values()];
  return unique.sort((a, b) => rank[a.level] - rank[b.level]).slice(0, MAX_ANNOTATIONS);
}
