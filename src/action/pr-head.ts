// Under pull_request_target the job runs with a write token in the base repository, and the
// workspace is the base branch: checking out or running the PR's code there would hand that
// token to whoever opened the PR. So the head is read as data: fetched into the checkout's
// object store and copied out with git plumbing, or else read through the REST API (trees and
// blobs at the head SHA), into a fresh directory outside the workspace that nothing executes.
// The engine scans that copy; the rules still come from the base commit in the checkout.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { copyCommitTree, ensureHeadCommit, gitIn, repoPrefix } from '../engine/head-tree.js';
import { copyTreeViaApi } from '../publish/head-tree-api.js';
import { describeFailure } from '../publish/failure.js';
import type { GitHubClient } from '../publish/client.js';
import { CopyFailure, InertCopy, type CopyLimits } from '../workspace/inert-copy.js';

/** From git: as many files as a large monorepo has; 64 MiB a file is the scan's own hard cap. */
export const GIT_LIMITS: CopyLimits = { maxFiles: 200_000, maxBytes: 2 * 1024 * 1024 * 1024, maxFileBytes: 64 * 1024 * 1024 };
/** Through the API one request a file: bounded well inside a job token's hourly request budget. */
export const API_LIMITS: CopyLimits = { maxFiles: 2_000, maxBytes: 256 * 1024 * 1024, maxFileBytes: 64 * 1024 * 1024 };

export interface HeadRequest {
  /** The checkout's directory that is scanned (workspace + `path`). */
  checkoutRoot: string;
  /** `path` relative to the workspace, POSIX ('' for the root). */
  scannedPath: string;
  /** A private scratch directory outside the workspace. */
  scratch: string;
  pullNumber: number;
  headSha: string;
  api?: { client: GitHubClient; owner: string; repo: string };
  log: (message: string) => void;
  limits?: { git?: CopyLimits; api?: CopyLimits };
}

export type HeadCopy =
  | {
      ok: true;
      /** The copy's workspace: the scanned directory sits at the same relative place as in the checkout. */
      workspace: string;
      root: string;
      files: string[];
      via: 'git' | 'api';
      dispose(): void;
    }
  | { ok: false; reason: string };

export async function copyPullRequestHead(request: HeadRequest): Promise<HeadCopy> {
  mkdirSync(request.scratch, { recursive: true });
  const workspace = mkdtempSync(path.join(request.scratch, 'pr-head-'));
  const root = path.join(workspace, ...request.scannedPath.split('/').filter(Boolean));
  const dispose = () => rmSync(workspace, { recursive: true, force: true });
  const done = (copy: InertCopy, via: 'git' | 'api'): HeadCopy => ({ ok: true, workspace, root, files: copy.files, via, dispose });
  const reasons: string[] = [];

  const git = gitIn(request.checkoutRoot);
  const prefix = repoPrefix(git);
  if (prefix !== undefined) {
    const fetched = ensureHeadCommit(git, request.headSha, request.pullNumber);
    if (fetched === 'fetched') request.log(`readiness-gate: fetched the pull request head ${request.headSha.slice(0, 12)} (refs/pull/${request.pullNumber}/head) into the checkout's objects; it is read as data, never checked out.`);
    if (fetched !== 'unavailable') {
      try {
        const copy = new InertCopy(root, request.limits?.git ?? GIT_LIMITS);
        copyCommitTree(git, request.headSha, prefix, copy);
        return done(copy, 'git');
      } catch (error) {
        if (error instanceof CopyFailure) return failed(dispose, error.message);
        reasons.push(`git could not read it (${error instanceof Error ? error.message.split('\n')[0] : 'failed'})`);
        rmSync(root, { recursive: true, force: true });
      }
    } else reasons.push('git could not fetch it into the checkout');
  } else reasons.push('the workspace is not a git checkout');

  if (!request.api) return failed(dispose, `${reasons.join('; ')}, and there is no token for the API`);
  try {
    const copy = new InertCopy(root, request.limits?.api ?? API_LIMITS);
    await copyTreeViaApi(request.api.client, { owner: request.api.owner, repo: request.api.repo, sha: request.headSha, prefix: prefix ?? request.scannedPath }, copy);
    request.log(`readiness-gate: read the pull request head ${request.headSha.slice(0, 12)} through the API (${reasons.join('; ')}).`);
    return done(copy, 'api');
  } catch (error) {
    if (error instanceof CopyFailure) return failed(dispose, error.message);
    return failed(dispose, `${reasons.join('; ')}; the API: ${describeFailure('read the head through the git trees and blobs API', error, 'contents: read')}`);
  }
}

function failed(dispose: () => void, reason: string): HeadCopy {
  dispose();
  return { ok: false, reason };
}

/** The scratch directory: the runner's temp (never the workspace), else the system's. */
export function scratchDir(env: NodeJS.ProcessEnv): string {
  return env.RUNNER_TEMP || tmpdir();
}
