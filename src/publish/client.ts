// The one Octokit the action uses: the job's token, GITHUB_API_URL (GHES works), and
// Octokit's retry and throttling plugins so transient 5xx and rate limits are retried with
// backoff, honouring `retry-after`. The token is held by Octokit and never logged.
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck';

export type GitHubClient = ReturnType<typeof getOctokit>;

/** Longest wait a rate limit may ask for before the run gives up on that write. */
const MAX_RATE_LIMIT_WAIT_S = 120;
const RATE_LIMIT_RETRIES = 2;

export interface Pacing {
  /** Gap between writes; GitHub asks for a second between mutating requests. */
  writeIntervalMs: number;
  /** Base of the retry plugin's backoff for 5xx answers (1 s, then 4 s at the default). */
  retryBaseMs: number;
}

export const DEFAULT_PACING: Pacing = { writeIntervalMs: 1000, retryBaseMs: 1000 };

export function createClient(token: string, log: (message: string) => void, pacing: Pacing = DEFAULT_PACING): GitHubClient {
  const onLimit = (kind: string) => (retryAfter: number, options: { method?: string; url?: string }, _octokit: unknown, retryCount: number) => {
    const retrying = retryCount < RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_S;
    log(`GitHub ${kind} on ${options.method ?? ''} ${options.url ?? ''}: ${retrying ? `retrying after ${retryAfter} s` : 'giving up'}`);
    return retrying;
  };
  const options = {
    // 429 is the throttling plugin's: it honours retry-after, the retry plugin's backoff would not.
    retry: { retries: 2, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451], retryAfterBaseValue: pacing.retryBaseMs },
    throttle: {
      onRateLimit: onLimit('rate limit'),
      onSecondaryRateLimit: onLimit('secondary rate limit'),
      // The plugin's own write and notification groups (1 s and 3 s apart) with the chosen gap.
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: pacing.writeIntervalMs }),
      notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: pacing.writeIntervalMs }),
    },
    // Octokit's own console logging would print request details; the action reports failures itself.
    log: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined },
  };
  return getOctokit(token, options as Parameters<typeof getOctokit>[1], retry, throttling as never);
}
