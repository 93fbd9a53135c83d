#!/usr/bin/env node
// Entry point of the `readiness-gate` command; the work is in cli/main.ts so tests can call it.
// The same bundle doubles as the scan worker on big trees.
import { main } from './cli/main.js';
import { enableWorkers, runAsWorkerIfAsked } from './engine/scan-pool.js';

if (!runAsWorkerIfAsked()) {
  enableWorkers(new URL(import.meta.url));
  process.exitCode = await main(process.argv.slice(2));
}
