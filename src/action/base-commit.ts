// The pull request's base commit must be in the checkout's git objects for the engine to read
// the rules from it. actions/checkout fetches one commit by default, so fetch the base (depth 1)
// with the checkout's own credentials when it is missing. Git runs through execFile, no shell;
// a failed fetch is not an error here: the engine then says the base could not be read.
import { execFileSync } from 'node:child_process';

const GIT_TIMEOUT_MS = 60_000;
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

export type BaseFetch = 'present' | 'fetched' | 'unavailable';

export function ensureBaseCommit(repoDir: string, sha: string, git: (args: string[]) => void = runGit(repoDir)): BaseFetch {
  if (!SHA.test(sha)) return 'unavailable';
  try {
    git(['cat-file', '-e', `${sha}^{commit}`]);
    return 'present';
  } catch {
    // not in the objects yet
  }
  try {
    git(['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', sha]);
    git(['cat-file', '-e', `${sha}^{commit}`]);
    return 'fetched';
  } catch {
    return 'unavailable';
  }
}

function runGit(repoDir: string) {
  return (args: string[]) => {
    execFileSync('git', ['-c', 'core.fsmonitor=false', ...args], { cwd: repoDir, stdio: 'ignore', timeout: GIT_TIMEOUT_MS, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
  };
}
