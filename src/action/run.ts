// The action's run, in the order a reviewer sees it: the check run goes in_progress on the
// commit under review, the engine decides, then the renderers and publishers report it
// (files, log annotations, comment, check run or status, summary, outputs) and the exit code
// follows `fail-on`. A write GitHub refuses is a warning; the verdict still holds.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { runCheck } from '../engine/run-check.js';
import { ConfigurationFailure } from '../config/failure.js';
import { formatConfigError, type ConfigError } from '../errors.js';
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
import { reviewFacts } from '../publish/reviews.js';
import { contentsApiFiles } from '../publish/contents.js';
import type { RemoteFiles } from '../engine/remote-base.js';
import type { ReviewFacts } from '../engine/waiver-approval.js';
import { setCommitStatus, statusDescription } from '../publish/status.js';
import { writeSummary } from '../publish/summary.js';
import { gateFails } from '../scorecard/fail-on.js';
import { VERSION } from '../version.js';
import { ensureBaseCommit } from './base-commit.js';
import { readRunContext, type RunContext } from './event.js';
import { parseInputs, type ActionInputs } from './inputs.js';
import { copyPullRequestHead, scratchDir, type HeadCopy } from './pr-head.js';
import { resolvePublishRequest } from './publish-mode.js';
import { reportEnvelope, type ReportEnvelope } from '../report/report-schema.js';

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
  const files = { outDir, workspace, scannedPath: rel.split(path.sep).join('/'), sarifFile: inputs.sarifFile, ...(inputs.mode === 'report' ? { reportFile: reportFilePath(inputs, workspace, outDir) } : {}) };
  const ctx = readRunContext(env);
  const reader = ctx.owner && ctx.repo && ctx.sha && inputs.githubToken ? { client: createClient(inputs.githubToken, log.info, pacing(env)), owner: ctx.owner, repo: ctx.repo, sha: ctx.sha } : undefined;
  if (inputs.mode === 'publish') return publishReportFile(inputs, ctx, files, reader);
  // mode: report runs unprivileged (a fork's pull_request): it writes the report and publishes nothing.
  const target = inputs.mode === 'report' ? undefined : reader;
  if (inputs.mode === 'report' && !ctx.sha) return configurationFailed([{ file: '', message: 'mode: report needs the commit under review (GITHUB_SHA or the pull request event)' }], files);
  const check = await startCheck(inputs, ctx, target);
  // A bad path still completes the check, so a required check never waits forever.
  const pathError = rel.startsWith('..') || path.isAbsolute(rel) ? 'is outside the workspace' : !existsSync(root) || !statSync(root).isDirectory() ? 'is not a directory' : undefined;
  if (pathError) return configurationFailed([{ file: '', message: `input 'path' (${inputs.path}) ${pathError}` }], { ...files, scannedPath: '' }, check);
  // Listed once: the rules files a PR changes (fail closed without a base) and the changed lines to annotate.
  const pullFiles = await listChangedFiles(ctx, reader);
  try {
    let report: Report;
    // Under pull_request_target the workspace is the base: the PR head is read as data, beside it.
    const head = ctx.eventName === 'pull_request_target' && ctx.pullRequest ? await copyHead(ctx.pullRequest, root, files.scannedPath, reader, env) : undefined;
    if (head && !head.ok) return await configurationFailed([{ file: '', message: `could not read the pull request head ${ctx.pullRequest!.headSha.slice(0, 12)} as data: ${head.reason}`, hint: 'check out the base (actions/checkout with no ref) and give the job contents: read; the gate never checks out the head under pull_request_target' }], files, check, ctx.sha);
    try {
      const scanned = head?.ok ? { root: head.root, cwd: head.workspace, files: head.files, baseRepo: root } : { root, cwd: workspace };
      report = await runCheck({ policyPath: inputs.policy, scannedPath: files.scannedPath, compareBase: inputs.compareBase, ...scanned, ...baseRules(inputs, ctx, workspace, files.scannedPath, pullFiles, reader), ...reviewsOf(ctx, reader) });
    } catch (error) {
      if (!(error instanceof ConfigurationFailure)) throw error;
      return await configurationFailed(error.errors, files, check, inputs.mode === 'report' ? ctx.sha : undefined);
    } finally {
      if (head?.ok) head.dispose();
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
  /** mode: report writes the report envelope here. */
  reportFile?: string;
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
    if (files.reportFile && ctx.sha) writeEnvelope(files.reportFile, reportEnvelope(ctx.sha, { report }));
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
    ...(files.reportFile ? { 'report-file': files.reportFile } : {}),
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
function baseRules(inputs: ActionInputs, ctx: RunContext, workspace: string, scannedPath: string, pullFiles: PullFile[] | undefined, target: Target | undefined): { baseRef?: string; changedFiles?: string[]; baseFiles?: RemoteFiles } {
  const baseSha = ctx.pullRequest?.baseSha;
  if (inputs.policyRef !== 'base' || !baseSha) return {};
  const fetched = ensureBaseCommit(workspace, baseSha);
  if (fetched === 'fetched') log.info(`readiness-gate: fetched the base commit ${baseSha.slice(0, 12)} to read the rules from it.`);
  const prefix = scannedPath ? `${scannedPath}/` : '';
  const changed = pullFiles?.flatMap((f) => [f.filename, ...(f.previousFilename ? [f.previousFilename] : [])]).filter((f) => f.startsWith(prefix)).map((f) => f.slice(prefix.length));
  // When git has no base commit even after the fetch, the engine reads the rules through the contents API.
  const remote = target && fetched === 'unavailable' ? { baseFiles: contentsApiFiles(target.client, { owner: target.owner, repo: target.repo, ref: baseSha, prefix }) } : {};
  return { baseRef: baseSha, ...(changed ? { changedFiles: changed } : {}), ...remote };
}

/** The PR's reviews, for waivers the base policy lets a named reviewer approve (read only if it does). */
function reviewsOf(ctx: RunContext, target: Target | undefined): { reviews?: ReviewFacts } {
  const pr = ctx.pullRequest;
  if (!pr?.author || !target) return {};
  return { reviews: reviewFacts(target.client, { owner: target.owner, repo: target.repo, pullNumber: pr.number, headSha: pr.headSha, author: pr.author }) };
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

async function configurationFailed(errors: ConfigError[], files: Files, check?: Check, reportSha?: string): Promise<number> {
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
  // mode: report: the publisher completes the check as failed instead of leaving it pending.
  if (files.reportFile && reportSha) {
    try {
      writeEnvelope(files.reportFile, reportEnvelope(reportSha, { configurationErrors: errors }));
      setOutputs({ 'report-file': files.reportFile });
    } catch (error) {
      if (!(error instanceof OutputFailure)) throw error;
      log.warning(error.message);
    }
  }
  log.failed(`readiness-gate could not run: ${errors.length === 1 ? text(errors[0]!) : `${errors.length} configuration error(s)`}`);
  return 2;
}

function reportFilePath(inputs: ActionInputs, workspace: string, outDir: string): string {
  return inputs.reportFile ? path.resolve(workspace, inputs.reportFile) : path.join(outDir, 'readiness-report.json');
}

function writeEnvelope(file: string, envelope: ReportEnvelope): void {
  writeReportFile(file, `${JSON.stringify(envelope)}\n`);
}

/** Under pull_request_target: the PR head copied out of git objects (or the API) as inert data. */
async function copyHead(pr: NonNullable<RunContext['pullRequest']>, root: string, scannedPath: string, reader: Target | undefined, env: NodeJS.ProcessEnv): Promise<HeadCopy> {
  return copyPullRequestHead({
    checkoutRoot: root,
    scannedPath,
    scratch: scratchDir(env),
    pullNumber: pr.number,
    headSha: pr.headSha,
    ...(reader ? { api: { client: reader.client, owner: reader.owner, repo: reader.repo } } : {}),
    log: log.info,
  });
}

/**
 * mode: publish: the report file another run wrote, validated as untrusted input, published on
 * the commit that run checked. An invalid report publishes nothing and the step fails (exit 2).
 */
async function publishReportFile(inputs: ActionInputs, ctx: RunContext, files: Files, reader: Target | undefined): Promise<number> {
  const request = await resolvePublishRequest(inputs.reportFile ?? '', files.workspace, ctx, reader, log.info);
  if (!request.ok) {
    for (const p of request.problems) log.failed(`readiness-gate could not publish: ${p}`);
    await writeSummary(configErrorsMarkdown(request.problems.map((message) => ({ file: '', message }))), 'see the job log.');
    setOutputs({ ready: 'false', verdict: 'Could not publish: the report file was refused.' });
    return 2;
  }
  const target = { ...reader!, sha: request.ctx.sha! };
  const check = await startCheck(inputs, request.ctx, target);
  if (request.configurationErrors) return configurationFailed(request.configurationErrors, files, check);
  const pullFiles = await listChangedFiles(request.ctx, target);
  return publish(request.report, inputs, request.ctx, files, target, check, pullFiles);
}
