// The GitHub Action: read inputs, run the engine, write outputs, summary, annotations and SARIF.
// Exit 0 when ready, 1 when the policy blocks promotion, 2 when it could not run.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { runCheck } from './engine/run-check.js';
import { enableWorkers, runAsWorkerIfAsked } from './engine/scan-pool.js';
import { ConfigurationFailure, formatConfigError } from './errors.js';
import { annotationsFor } from './render/annotations.js';
import { renderJson } from './render/json.js';
import { renderMarkdown } from './render/markdown.js';
import { renderSarif } from './render/sarif.js';

async function run(): Promise<number> {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const dir = core.getInput('path') || '.';
  const root = path.resolve(workspace, dir);
  const relRoot = path.relative(workspace, root);
  if (relRoot.startsWith('..') || path.isAbsolute(relRoot)) {
    core.setFailed(`readiness-gate could not run: input 'path' (${dir}) is outside the workspace`);
    return 2;
  }
  const policyInput = core.getInput('policy');
  let report;
  try {
    report = await runCheck({ root, policyPath: policyInput || undefined, cwd: workspace });
  } catch (error) {
    if (error instanceof ConfigurationFailure) {
      for (const e of error.errors) {
        core.error(formatConfigError(e), { file: path.posix.join(relRoot.split(path.sep).join('/'), e.file), startLine: e.line, startColumn: e.column, title: 'readiness-gate configuration' });
      }
      core.setOutput('ready', 'false');
      core.setFailed(`readiness-gate could not run: ${error.errors.length} configuration error(s)`);
      return 2;
    }
    throw error;
  }

  const outDir = path.resolve(process.env.RUNNER_TEMP ?? workspace, 'readiness-gate');
  mkdirSync(outDir, { recursive: true });
  const jsonPath = path.join(outDir, 'report.json');
  const sarifPath = core.getInput('sarif-file') ? path.resolve(workspace, core.getInput('sarif-file')) : path.join(outDir, 'readiness-gate.sarif');
  const markdown = renderMarkdown(report);
  writeFileSync(jsonPath, renderJson(report));
  writeFileSync(sarifPath, renderSarif(report));
  writeFileSync(path.join(outDir, 'report.md'), markdown);

  const prefix = relRoot.split(path.sep).join('/');
  for (const a of annotationsFor(report)) {
    const props = { title: a.title, file: a.path ? path.posix.join(prefix, a.path) : undefined, startLine: a.line };
    if (a.level === 'error') core.error(a.message, props);
    else if (a.level === 'warning') core.warning(a.message, props);
    else core.notice(a.message, props);
  }
  await core.summary.addRaw(markdown).write();

  const blocked = report.workloads.filter((w) => !w.ready).map((w) => w.name);
  core.setOutput('ready', String(report.ready));
  core.setOutput('verdict', report.verdict);
  core.setOutput('score', String(report.workloads.length ? Math.min(...report.workloads.map((w) => w.score)) : 0));
  core.setOutput('blocked-workloads', JSON.stringify(blocked));
  core.setOutput('report-json', jsonPath);
  core.setOutput('sarif-file', sarifPath);
  core.info(report.verdict);
  if (!report.ready) {
    core.setFailed(report.verdict);
    return 1;
  }
  return 0;
}

if (!runAsWorkerIfAsked()) {
  enableWorkers(new URL(import.meta.url));
  run().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      core.setFailed(`readiness-gate internal error: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 2;
    },
  );
}
