// mode: publish, the second stage of the fork-safe setup: a `workflow_run` workflow (trusted,
// with a write token) publishes what the unprivileged `pull_request` run reported. That report
// was written by a run the PR author controls, so here it is hostile input: read as a capped
// regular file, validated by a strict schema, redacted again, and rendered by the same escaping
// renderers. Everything that decides *where* it is published comes from the trusted event, not
// from the file: the commit is workflow_run.head_sha (a report about any other commit is
// refused), the pull request is the one GitHub associates with that commit.
import path from 'node:path';
import type { ConfigError } from '../errors.js';
import { redactReport } from '../report/redact-report.js';
import { MAX_REPORT_FILE_BYTES, parseReportEnvelope } from '../report/report-schema.js';
import type { Report } from '../report/types.js';
import type { GitHubClient } from '../publish/client.js';
import { describeRefusal, readOutsideFile } from '../workspace/file-source.js';
import type { RunContext } from './event.js';

export type PublishRequest =
  | { ok: false; problems: string[] }
  | { ok: true; ctx: RunContext; report: Report; configurationErrors?: undefined }
  | { ok: true; ctx: RunContext; report?: undefined; configurationErrors: ConfigError[] };

export async function resolvePublishRequest(reportFile: string, workspace: string, ctx: RunContext, api: { client: GitHubClient; owner: string; repo: string } | undefined, log: (m: string) => void): Promise<PublishRequest> {
  const run = ctx.workflowRun;
  if (ctx.eventName !== 'workflow_run' || !run) return { ok: false, problems: [`mode: publish runs in a workflow triggered by workflow_run (this run's event is '${ctx.eventName || 'unknown'}')`] };
  if (!api) return { ok: false, problems: ['mode: publish needs github-token and GITHUB_REPOSITORY to publish'] };
  const full = path.resolve(workspace, reportFile);
  const read = readOutsideFile(full, MAX_REPORT_FILE_BYTES);
  if (!read.ok) return { ok: false, problems: [`the report file ${reportFile} is ${describeRefusal(read.reason, MAX_REPORT_FILE_BYTES)} (download the artifact the report run uploaded)`] };
  const checked = parseReportEnvelope(read.text);
  if (!checked.ok) return { ok: false, problems: checked.problems.map((p) => `the report file is not a valid readiness-gate report: ${p}`) };
  const envelope = checked.envelope;
  if (envelope.headSha !== run.headSha) return { ok: false, problems: [`the report is about commit ${envelope.headSha.slice(0, 12)}, but the run that produced it checked ${run.headSha.slice(0, 12)}: refused`] };

  const pullNumber = await pullRequestOf(run, api, log);
  const note = `This verdict was computed by the unprivileged pull_request run${run.htmlUrl ? ` ${run.htmlUrl}` : ''} and published by a workflow_run: its shape was validated, its verdict is that run's own.`;
  const published: RunContext = { ...ctx, sha: run.headSha, ...(pullNumber ? { pullRequest: { number: pullNumber, headSha: run.headSha } } : {}) };
  if (!pullNumber) delete published.pullRequest;
  if (envelope.configurationErrors) return { ok: true, ctx: published, configurationErrors: flattenStrings(envelope.configurationErrors) };
  // Redacted again: the file may carry anything, and only the schema's fields reach a renderer.
  const report = flattenStrings(redactReport(envelope.report as Report, { values: [], keyedFingerprints: true }));
  report.repository.warnings.push(note);
  return { ok: true, ctx: published, report };
}

/**
 * The pull request whose head is the run's commit: from the event, or (a fork's run lists
 * none) from the commit's associated pull requests, open and with that exact head, in this
 * repository. A PR number inside the report is never used.
 */
async function pullRequestOf(run: NonNullable<RunContext['workflowRun']>, api: { client: GitHubClient; owner: string; repo: string }, log: (m: string) => void): Promise<number | undefined> {
  const listed = run.pullRequests.find((p) => p.headSha === run.headSha);
  if (listed) return listed.number;
  if (run.event !== 'pull_request' && run.event !== 'pull_request_target') return undefined;
  try {
    const { data } = await api.client.rest.repos.listPullRequestsAssociatedWithCommit({ owner: api.owner, repo: api.repo, commit_sha: run.headSha, per_page: 100 });
    const repo = `${api.owner}/${api.repo}`.toLowerCase();
    const match = data.filter((p) => p.state === 'open' && p.head.sha === run.headSha && p.base.repo.full_name.toLowerCase() === repo).sort((a, b) => a.number - b.number)[0];
    return match?.number;
  } catch (error) {
    log(`readiness-gate: could not find the pull request of ${run.headSha.slice(0, 12)} (${error instanceof Error ? error.message.split('\n')[0] : 'failed'}); publishing the check only.`);
    return undefined;
  }
}

// Line breaks and control characters: a report string printed to the log (the verdict is) must
// not start a line of its own, where `::command::` would be read as a workflow command.
// eslint-disable-next-line no-control-regex
const BREAKS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

function flattenStrings<T>(value: T): T {
  if (typeof value === 'string') return value.replace(BREAKS, ' ') as T;
  if (Array.isArray(value)) return value.map((v) => flattenStrings(v)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, flattenStrings(v)])) as T;
  return value;
}
