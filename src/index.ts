// The GitHub Action's entry: run the action, map the outcome to the exit code.
// Exit 0 when ready (or fail-on: never), 1 when the policy blocks promotion, 2 when it could not run.
import * as core from '@actions/core';
import { runAction } from './action/run.js';
import { enableWorkers, runAsWorkerIfAsked } from './engine/scan-pool.js';

if (!runAsWorkerIfAsked()) {
  enableWorkers(new URL(import.meta.url));
  runAction().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      core.setFailed(`readiness-gate internal error: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 2;
    },
  );
}
