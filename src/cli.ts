#!/usr/bin/env node
// Entry point of the `readiness-gate` command; the work is in cli/main.ts so tests can call it.
import { main } from './cli/main.js';

process.exitCode = main(process.argv.slice(2));
