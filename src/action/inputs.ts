// The action's inputs, parsed and validated in one place. Names are fixed by action.yml;
// a value outside the documented set is a configuration error (exit 2), never a silent default.
import { FAIL_ON, type FailOn } from '../scorecard/fail-on.js';

export { FAIL_ON, type FailOn };

export const COMMENT_MODES = ['on-change', 'always', 'on-failure', 'never'] as const;
export const ANNOTATION_SCOPES = ['changed', 'all'] as const;
export const POLICY_REFS = ['base', 'head'] as const;
/** check: scan and publish (default); report: scan, write the report file, publish nothing; publish: publish a report file from a workflow_run. */
export const MODES = ['check', 'report', 'publish'] as const;

export type CommentMode = (typeof COMMENT_MODES)[number];
export type AnnotationScope = (typeof ANNOTATION_SCOPES)[number];
export type PolicyRef = (typeof POLICY_REFS)[number];
export type Mode = (typeof MODES)[number];

export interface ActionInputs {
  githubToken: string;
  path: string;
  policy?: string;
  /** Whose rules judge a pull request: the base commit's (default) or the PR head's own. */
  policyRef: PolicyRef;
  comment: CommentMode;
  checkRun: boolean;
  checkName: string;
  annotations: AnnotationScope;
  sarifFile?: string;
  failOn: FailOn;
  /** On a pull request, also score the base commit and show what the PR changes (the delta). */
  compareBase: boolean;
  /** The fork-safe two-stage setup: see MODES. */
  mode: Mode;
  /** mode: report writes the report here; mode: publish reads it (the downloaded artifact). */
  reportFile?: string;
}

export type InputResult = { ok: true; inputs: ActionInputs } | { ok: false; errors: string[] };

/** Reads one input by its action.yml name, '' when unset (the shape of @actions/core's getInput). */
export type InputReader = (name: string) => string;

export function parseInputs(read: InputReader): InputResult {
  const errors: string[] = [];
  const get = (name: string) => read(name).trim();
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = get(name) || fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    errors.push(`input '${name}' must be one of ${allowed.join(', ')}; got '${value}'`);
    return fallback;
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const value = get(name).toLowerCase();
    if (!value) return fallback;
    if (value === 'true') return true;
    if (value === 'false') return false;
    errors.push(`input '${name}' must be true or false; got '${get(name)}'`);
    return fallback;
  };
  const checkName = get('check-name') || 'Readiness';
  if (/[\r\n]/.test(read('check-name'))) errors.push("input 'check-name' must be one line");
  const inputs: ActionInputs = {
    githubToken: get('github-token'),
    path: get('path') || '.',
    policy: get('policy') || undefined,
    policyRef: oneOf('policy-ref', POLICY_REFS, 'base'),
    comment: oneOf('comment', COMMENT_MODES, 'on-change'),
    checkRun: bool('check-run', true),
    checkName,
    annotations: oneOf('annotations', ANNOTATION_SCOPES, 'changed'),
    sarifFile: get('sarif-file') || undefined,
    failOn: oneOf('fail-on', FAIL_ON, 'not-ready'),
    compareBase: bool('compare-base', true),
    mode: oneOf('mode', MODES, 'check'),
    reportFile: get('report-file') || undefined,
  };
  if (inputs.mode === 'publish' && !inputs.reportFile) errors.push("input 'report-file' is required with mode: publish (the path of the downloaded report artifact)");
  return errors.length ? { ok: false, errors } : { ok: true, inputs };
}
