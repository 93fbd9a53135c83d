// The job summary: GitHub refuses more than 1 MiB per step, so longer markdown is cut at a
// line boundary with a note saying where the whole report is.
import * as core from '@actions/core';
import { truncateBytes } from '../render/truncate.js';

export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

export async function writeSummary(markdown: string, fullReportNote: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(truncateBytes(markdown, SUMMARY_LIMIT_BYTES, `\n\n**Truncated**: the job summary is limited to 1 MiB; ${fullReportNote}\n`)).write({ overwrite: true });
}
