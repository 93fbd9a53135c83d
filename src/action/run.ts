// The action's run, in the order a reviewer sees it: the check run goes in_progress on the
// commit under review, the engine decides, then the renderers and publishers report it
// (files, log annotations, comment, check run or status, summary, outputs) and the exit code
// follows `fail-on`. A write GitHub refuses is a warning; the verdict still holds.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { runCheck } from '../engine/run-check.js';
import { ConfigurationFailure, formatConfigError, type ConfigError } from '../errors.js';
import type { Report } from '../report/types.js';
import { annotationsFor, changedFiles, type AnnotationScope } from '../render/annotations.js';
import { conclusionFor, renderCheckRun } from '../render/check-run.js';
import { renderComment } from '../render/comment.js';
import { configErrorsMarkdown, configErrorsSarif } from '../render/config-errors.js';
import { renderJson } from '../render/json.js';
import type { LinkContext } from '../render/links.js';
import { renderMarkdown } from '../render/markdown.js';
import { renderSarif } from '../render/sarif.js';
import { completeCheckRun, startCheckRun, type CheckRunRef } from '../publish/check-run.js';
import { createClient, DEFAULT_PACING, type GitHubClient, type Pacing } from '../publish/client.js';
import { upsertComment } from '../publish/comment.js';
import { describeFailure } from '../publish/failure.js';
import { log, MAX_PER_LEVEL, readInput, writeAnnotations } from '../publish/job-log.js';
import { OutputFailure, setOutputs, writeReportFile } from '../publish/outputs.js';
import { listPullFiles, type PullFile } from '../publish/pull-files.js';
import { setCommitStatus, statusDescription } from '../publish/status.js';
import { writeSummary } from '../publish/summary.js';
import { gateFails } from '../scorecard/fail-on.js';
import { VERSION } from '../version.js';
import { ensureBaseCommit } from './base-commit.js';
import { readRunContext, type RunContext } from './event.js';
import { parseInputs, type ActionInputs } from './inputs.js';

const LEVEL_ORDER = ['prototype', 'experiment', 'beta', 'production'] as const;

interface Target {
  client: GitHubClient;
  owner: string;
  repo: string;
  sha: string;
}

export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const outDir = path.resolve(env.RUNNER_TEMP ?? workspace, 'readiness-gate');
  const parsed = parseInputs(readInput);
  if (!parsed.ok) return configurationFailed(parsed.errors.map((message) => ({ file: '', message })), { outDir, workspace, scannedPath: '' });
  const inputs = parsed.inputs;

  const root = path.resolve(workspace, inputs.path);
  const rel = path.relative(workspace, root);
  const files = { outDir, workspace, scannedPath: rel.split(path.sep).join('/'), sarifFile: inputs.sarifFile };
  const ctx = readRunContext(env);
  const target = ctx.owner && ctx.repo && ctx.sha && inputs.githubToken ? { client: createClient(inputs.githubToken, log.info, pacing(env)), owner: ctx.owner, repo: ctx.repo, sha: ctx.sha } : undefined;
  const check = await startCheck(inputs, ctx, target);
  // A bad path still completes the check, so a required check never waits forever.
  const pathError = rel.startsWith('..') || path.isAbsolute(rel) ? 'is outside the workspace' : !existsSync(root) || !statSync(root).isDirectory() ? 'is not a directory' : undefined;
  if (pathError) return configurationFailed([{ file: '', message: `input 'path' (${inputs.path}) ${pathError}` }], { ...files, scannedPath: '' }, check);
  // Listed once: the rules files a PR changes (fail closed without a base) and the changed lines to annotate.
  const pullFiles = await listChangedFiles(ctx, target);
  try {
    let report: Report;
    try {
      report = await runCheck({ root, policyPath: inputs.policy, cwd: workspace, scannedPath: files.scannedPath, compareBase: inputs.compareBase, ...baseRules(inputs, ctx, workspace, files.scannedPath, pullFiles) });
    } catch (error) {
      if (!(error instanceof ConfigurationFailure)) throw error;
      return await configurationFailed(error.errors, files, check);
    }
    return await publish(report, inputs, ctx, files, target, check, pullFiles);
  } catch (error) {
    // Never leave the check spinning: an internal error still completes it.
    await check.fail('readiness-gate internal error', 'The gate failed before it reached a verdict; see the job log.');
    throw error;
  }
}

/** READINESS_GATE_WRITE_INTERVAL_MS / READINESS_GATE_RETRY_BASE_MS override GitHub's pacing (tests set them low). */
function pacing(env: NodeJS.ProcessEnv): Pacing {
  const ms = (v: string | undefined, fallback: number) => (v !== undefined && /^\d+$/.test(v) ? Number(v) : fallback);
  return { writeIntervalMs: ms(env.READINESS_GATE_WRITE_INTERVAL_MS, DEFAULT_PACING.writeIntervalMs), retryBaseMs: ms(env.READINESS_GATE_RETRY_BASE_MS, DEFAULT_PACING.retryBaseMs) };
}

interface Files {
  outDir: string;
  workspace: string;
  scannedPath: string;
  sarifFile?: string;
}

const sarifPath = (f: Files) => (f.sarifFile ? path.resolve(f.workspace, f.sarifFile) : path.join(f.outDir, 'readiness-gate.sarif'));

async function publish(report: Report, inputs: ActionInputs, ctx: RunContext, files: Files, target: Target | undefined, check: Check, pullFiles: PullFile[] | undefined): Promise<number> {
  const links: LinkContext | undefined = ctx.owner && ctx.repo && ctx.sha ? { serverUrl: ctx.serverUrl, repository: `${ctx.owner}/${ctx.repo}`, sha: ctx.sha } : undefined;
  const markdown = renderMarkdown(report, { links });
  const paths = { json: path.join(files.outDir, 'report.json'), markdown: path.join(files.outDir, 'report.md'), sarif: sarifPath(files) };
  try {
    writeReportFile(paths.json, renderJson(report));
    writeReportFile(paths.markdown, markdown);
    writeReportFile(paths.sarif, renderSarif(report));
  } catch (error) {
    if (!(error instanceof OutputFailure)) throw error;
    log.failed(error.message);
    await check.fail('readiness-gate could not write its report', error.message);
    return 2;
  }

  const scope = annotationScope(inputs, pullFiles);
  const annotations = annotationsFor(report, scope);
  const omitted = writeAnnotations(annotations);
  const left = omitted.error + omitted.warning + omitted.notice;
  if (left) log.info(`readiness-gate: ${left} more annotation${left === 1 ? '' : 's'} (the log shows ${MAX_PER_LEVEL} per level) are in the check run and the SARIF report.`);

  let commentUrl = '';
  if (target && ctx.pullRequest && inputs.comment !== 'never') {
    const comment = renderComment(report, { links, checkName: inputs.checkName, summaryUrl: ctx.runUrl });
    try {
      const outcome = await upsertComment(
        target.client,
        { owner: target.owner, repo: target.repo, issueNumber: ctx.pullRequest.number },
        comment,
        // on-failure refreshes an existing comment once the PR is ready, so it never shows a stale failure.
        { onlyIfChanged: inputs.comment !== 'always', createIfMissing: inputs.comment !== 'on-failure' || !report.ready },
      );
      if (outcome) {
        commentUrl = outcome.url;
        log.info(`readiness-gate: comment ${outcome.action}${outcome.removed ? `, ${outcome.removed} duplicate(s) removed` : ''}: ${outcome.url}`);
      }
    } catch (error) {
      log.warning(`readiness-gate ${describeFailure('write the pull request comment', error, 'pull-requests: write')}`);
    }
  }

  const fails = gateFails(report, inputs.failOn);
  const conclusion = conclusionFor(report.ready, inputs.failOn, fails);
  const output = renderCheckRun(report, annotations, { links, scope: scope.kind });
  const checkRunUrl = await check.complete(conclusion, output, report.verdict);
  await writeSummary(markdown, `the whole report is in ${paths.markdown} and the report-json output.`);

  const levels = report.workloads.map((w) => LEVEL_ORDER.indexOf(w.level));
  setOutputs({
    ready: String(report.ready),
    verdict: report.verdict,
    level: levels.length ? LEVEL_ORDER[Math.min(...levels)]! : 'prototype',
    score: String(report.workloads.length ? Math.min(...report.workloads.map((w) => w.score)) : 0),
    findings: String(report.findings.filter((f) => !f.suppression).length),
    'blocked-workloads': JSON.stringify(report.workloads.filter((w) => !w.ready).map((w) => w.name)),
    'report-json': paths.json,
    'report-markdown': paths.markdown,
    'sarif-file': paths.sarif,
    'comment-url': commentUrl,
    'check-run-url': checkRunUrl,
  });
  log.info(report.verdict);
  if (report.ready) return 0;
  if (inputs.failOn === 'never') {
    log.info('readiness-gate: fail-on is never, so the step passes although the gate is not ready.');
    return 0;
  }
  if (!fails) {
    log.info('readiness-gate: fail-on is new-findings and this pull request introduces nothing that blocks, so the step passes although the gate is not ready.');
    return 0;
  }
  if (inputs.failOn === 'new-findings' && !report.delta) log.info('readiness-gate: fail-on is new-findings but there is no base-to-head delta here, so the step fails on the verdict (as not-ready).');
  log.failed(report.verdict);
  return 1;
}

/** The pull request's files, or undefined without a pull request or when GitHub refuses the list. */
async function listChangedFiles(ctx: RunContext, target: Target | undefined): Promise<PullFile[] | undefined> {
  if (!ctx.pullRequest || !target) return undefined;
  try {
    return await listPullFiles(target.client, { owner: target.owner, repo: target.repo, pullNumber: ctx.pullRequest.number });
  } catch (error) {
    log.warning(`readiness-gate ${describeFailure("list the pull request's files (annotating everything instead)", error, 'pull-requests: read')}`);
    return undefined;
  }
}

function annotationScope(inputs: ActionInputs, pullFiles: PullFile[] | undefined): AnnotationScope {
  // Without a pull request (push, workflow_dispatch, merge_group) there is no diff to narrow to.
  if (inputs.annotations === 'all' || !pullFiles) return { kind: 'all' };
  return { kind: 'changed', files: changedFiles(pullFiles) };
}

/**
 * On a pull request the rules come from its base commit (policy-ref: base): the engine reads
 * them from git objects, fetched here at depth 1 when the checkout lacks them. The PR's changed
 * files, relative to the scanned directory, let the engine fail closed when the base cannot be
 * read and the PR touches a rules file.
 */
function baseRules(inputs: ActionInputs, ctx: RunContext, workspace: string, scannedPath: string, pullFiles: PullFile[] | undefined): { baseRef?: string; changedFiles?: string[] } {
  const baseSha = ctx.pullRequest?.baseSha;
  if (inputs.policyRef !== 'base' || !baseSha) return {};
  const fetched = ensureBaseCommit(workspace, baseSha);
  if (fetched === 'fetched') log.info(`readiness-gate: fetched the base commit ${baseSha.slice(0, 12)} to read the rules from it.`);
  const prefix = scannedPath ? `${scannedPath}/` : '';
  const changed = pullFiles?.flatMap((f) => [f.filename, ...(f.previousFilename ? [f.previousFilename] : [])]).filter((f) => f.startsWith(prefix)).map((f) => f.slice(prefix.length));
  return { baseRef: baseSha, ...(changed ? { changedFiles: changed } : {}) };
}

interface Check {
  complete(conclusion: 'success' | 'failure' | 'neutral', output: { title: string; summary: string; annotations: Parameters<typeof completeCheckRun>[2]['annotations'] }, description: string): Promise<string>;
  fail(title: string, summary: string): Promise<void>;
}

/** The check run, or the commit status where check runs cannot be created. */
async function startCheck(inputs: ActionInputs, ctx: RunContext, target: Target | undefined): Promise<Check> {
  const none: Check = { complete: async () => '', fail: async () => undefined };
  if (!inputs.checkRun || !target) return none;
  let run: CheckRunRef | undefined;
  try {
    run = await startCheckRun(target.client, { owner: target.owner, repo: target.repo, name: inputs.checkName, headSha: target.sha, detailsUrl: ctx.runUrl });
  } catch (error) {
    log.warning(`readiness-gate ${describeFailure('create the check run', error, 'checks: write').replace(/ The verdict still holds.*$/, '')} A commit status is set instead.`);
  }
  const status = async (state: 'success' | 'failure' | 'error', description: string) => {
    try {
      await setCommitStatus(target.client, { owner: target.owner, repo: target.repo, sha: target.sha, context: inputs.checkName, state, description: statusDescription(description), targetUrl: ctx.runUrl });
    } catch (error) {
      log.warning(`readiness-gate ${describeFailure('set the commit status', error, 'statuses: write')}`);
    }
  };
  if (!run) {
    return {
      complete: async (conclusion, _output, description) => {
        await status(conclusion === 'failure' ? 'failure' : 'success', description);
        return '';
      },
      fail: (title) => status('error', title),
    };
  }
  const checkRun = run;
  const finish = async (result: Parameters<typeof completeCheckRun>[2]): Promise<string> => {
    try {
      await completeCheckRun(target.client, checkRun, result);
      return checkRun.url;
    } catch (error) {
      log.warning(`readiness-gate ${describeFailure('complete the check run', error, 'checks: write')}`);
      return '';
    }
  };
  return {
    complete: (conclusion, output) => finish({ conclusion, ...output }),
    fail: async (title, summary) => void (await finish({ conclusion: 'failure', title, summary, annotations: [] })),
  };
}

async function configurationFailed(errors: ConfigError[], files: Files, check?: Check): Promise<number> {
  const text = (e: ConfigError) => (e.file ? formatConfigError(e) : `${e.message}${e.hint ? `\n  fix: ${e.hint}` : ''}`);
  writeAnnotations(
    errors.map((e) => ({ level: 'error' as const, title: 'readiness-gate configuration', message: text(e), ...(e.file ? { path: files.scannedPath ? `${files.scannedPath}/${e.file}` : e.file } : {}), ...(e.line ? { line: e.line } : {}) })),
  );
  const markdown = configErrorsMarkdown(errors);
  await writeSummary(markdown, 'see the job log.');
  try {
    writeReportFile(sarifPath(files), configErrorsSarif(errors, VERSION));
    setOutputs({ ready: 'false', verdict: `Could not run: ${errors.length} configuration error(s).`, 'sarif-file': sarifPath(files) });
  } catch (error) {
    if (!(error instanceof OutputFailure)) throw error;
    log.warning(error.message);
    setOutputs({ ready: 'false', verdict: `Could not run: ${errors.length} configuration error(s).` });
  }
  await check?.fail('readiness-gate could not run: configuration error', markdown);
  log.failed(`readiness-gate could not run: ${errors.length === 1 ? text(errors[0]!) : `${errors.length} configuration error(s)`}`);
  return 2;
}
