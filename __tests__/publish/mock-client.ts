// A hand-rolled stand-in for the Octokit client: records calls, answers from in-memory state.
import type { GitHubClient } from '../../src/publish/client.js';

export interface Call {
  method: string;
  params: Record<string, any>;
}

export function mockClient(handlers: Record<string, (params: Record<string, any>) => unknown>): { client: GitHubClient; calls: Call[] } {
  const calls: Call[] = [];
  const endpoint = (method: string) => async (params: Record<string, any>) => {
    calls.push({ method, params });
    const handler = handlers[method];
    if (!handler) throw new Error(`unexpected call ${method}`);
    return { data: await handler(params) };
  };
  const rest = {
    issues: { listComments: endpoint('issues.listComments'), createComment: endpoint('issues.createComment'), updateComment: endpoint('issues.updateComment'), deleteComment: endpoint('issues.deleteComment') },
    checks: { create: endpoint('checks.create'), update: endpoint('checks.update') },
    repos: { createCommitStatus: endpoint('repos.createCommitStatus') },
    pulls: { listFiles: endpoint('pulls.listFiles') },
  };
  const paginate = async (fn: (p: Record<string, any>) => Promise<{ data: unknown[] }>, params: Record<string, any>) => (await fn(params)).data;
  return { client: { rest, paginate } as unknown as GitHubClient, calls };
}
