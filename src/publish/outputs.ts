// Step outputs and the report files. A file that cannot be written is a configuration
// problem the user can fix ("cannot write FILE: reason", exit 2), not an internal error.
import * as core from '@actions/core';

export { OutputFailure, writeReportFile } from '../util/write-report-file.js';

export function setOutputs(outputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
}
