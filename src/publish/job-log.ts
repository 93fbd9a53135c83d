// Workflow-command annotations and log lines. GitHub shows at most 10 annotations per level
// for a step, so only the 10 most important of each are written. Text is sanitised (no ANSI
// escapes or control characters); @actions/core escapes newlines in annotations, and plain
// lines never start a workflow command (inertLines), so no command can be forged.
import * as core from '@actions/core';

export const MAX_PER_LEVEL = 10;

export interface LogAnnotation {
  level: 'error' | 'warning' | 'notice';
  title: string;
  message: string;
  path?: string;
  line?: number;
}

// ESC sequences (CSI and others) first, then every other C0/C1 control character but newline and tab.
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b[@-Z\\-_]|\u009b[0-?]*[ -/]*[@-~]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function sanitize(text: string): string {
  return text.replace(ANSI, '').replace(CONTROL, '');
}

/** Writes the annotations, already sorted most important first; returns how many per level were left out. */
export function writeAnnotations(annotations: LogAnnotation[]): Record<LogAnnotation['level'], number> {
  const written = { error: 0, warning: 0, notice: 0 };
  const omitted = { error: 0, warning: 0, notice: 0 };
  for (const a of annotations) {
    if (written[a.level] >= MAX_PER_LEVEL) {
      omitted[a.level]++;
      continue;
    }
    written[a.level]++;
    const props: core.AnnotationProperties = { title: sanitize(a.title), ...(a.path ? { file: sanitize(a.path) } : {}), ...(a.line ? { startLine: a.line } : {}) };
    const message = sanitize(a.message);
    if (a.level === 'error') core.error(message, props);
    else if (a.level === 'warning') core.warning(message, props);
    else core.notice(message, props);
  }
  return omitted;
}

/**
 * A plain log line is not escaped by @actions/core, and the runner reads any line that starts
 * with `::` as a workflow command: text from a manifest, the policy or a report must not start
 * one, so such a line has its `::` broken up.
 */
export function inertLines(text: string): string {
  return text.replace(/^(\s*):(?=:)/gm, '$1: ');
}

export const log = {
  info: (text: string) => core.info(inertLines(sanitize(text))),
  warning: (text: string) => core.warning(sanitize(text)),
  failed: (text: string) => core.setFailed(sanitize(text)),
};

export function readInput(name: string): string {
  return core.getInput(name);
}
