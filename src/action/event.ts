// What the triggering event means for publishing: which commit the check belongs to (the PR
// head, never the merge commit in GITHUB_SHA, which does not show on the PR), and whether
// there is a pull request to comment on. Read from the runner's environment and event file.
import { readFileSync } from 'node:fs';

export interface RunContext {
  eventName: string;
  owner?: string;
  repo?: string;
  serverUrl: string;
  /** The commit the check run or status is attached to. */
  sha?: string;
  pullRequest?: { number: number; headSha: string; baseSha?: string; author?: string };
  /** Where the job's log and summary are. */
  runUrl?: string;
  /** On workflow_run: the run that triggered this one (mode: publish publishes its report). */
  workflowRun?: WorkflowRun;
}

export interface WorkflowRun {
  id: number;
  /** The commit the triggering run checked: the only commit a published report may be about. */
  headSha: string;
  event: string;
  /** Pull requests GitHub associates with the run; empty for a fork's. */
  pullRequests: { number: number; headSha: string }[];
  /** owner/name of the repository the head commit comes from (a fork's for a fork PR). */
  headRepository?: string;
  htmlUrl?: string;
}

interface EventPayload {
  after?: string;
  pull_request?: { number?: number; head?: { sha?: string }; base?: { sha?: string }; user?: { login?: string } };
  merge_group?: { head_sha?: string };
  workflow_run?: {
    id?: number;
    head_sha?: string;
    event?: string;
    html_url?: string;
    pull_requests?: { number?: number; head?: { sha?: string } }[];
    head_repository?: { full_name?: string };
  };
}

const PR_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review']);

export function readRunContext(env: NodeJS.ProcessEnv): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const context: RunContext = { eventName, serverUrl, ...(owner && repo ? { owner, repo } : {}) };
  if (owner && repo && env.GITHUB_RUN_ID) context.runUrl = `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`;
  const pr = payload.pull_request;
  // pull_request_review re-runs the gate when a review is submitted or dismissed (approval in review).
  if (PR_EVENTS.has(eventName) && pr?.number && pr.head?.sha) {
    context.pullRequest = { number: pr.number, headSha: pr.head.sha, ...(pr.base?.sha ? { baseSha: pr.base.sha } : {}), ...(pr.user?.login ? { author: pr.user.login } : {}) };
    context.sha = pr.head.sha;
  } else if (eventName === 'merge_group' && payload.merge_group?.head_sha) {
    context.sha = payload.merge_group.head_sha;
  } else if (eventName === 'push' && payload.after && !/^0+$/.test(payload.after)) {
    context.sha = payload.after;
  } else if (env.GITHUB_SHA) {
    context.sha = env.GITHUB_SHA;
  }
  const run = payload.workflow_run;
  if (eventName === 'workflow_run' && run?.head_sha && typeof run.id === 'number') {
    context.workflowRun = {
      id: run.id,
      headSha: run.head_sha,
      event: run.event ?? '',
      pullRequests: (run.pull_requests ?? []).flatMap((p) => (typeof p.number === 'number' && p.head?.sha ? [{ number: p.number, headSha: p.head.sha }] : [])),
      ...(run.head_repository?.full_name ? { headRepository: run.head_repository.full_name } : {}),
      ...(run.html_url ? { htmlUrl: run.html_url } : {}),
    };
  }
  return context;
}

function readPayload(file: string | undefined): EventPayload {
  if (!file) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as EventPayload;
  } catch {
    return {};
  }
}
