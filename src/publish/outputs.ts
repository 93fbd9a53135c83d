// Step outputs and the report files. A file that cannot be written is a configuration
// problem the user can fix ("cannot write FILE: reason", exit 2), not an internal error.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';

export class OutputFailure extends Error {
  constructor(readonly file: string, reason: string) {
    super(`cannot write ${file}: ${reason}`);
    this.name = 'OutputFailure';
  }
}

export function writeReportFile(file: string, text: string): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    // "ENOTDIR: not a directory, open '/x'" -> "not a directory (ENOTDIR)"
    const reason = e.code ? `${e.message.replace(/^\w+: /, '').replace(/, \w+ '.*'$/, '')} (${e.code})` : String(error);
    throw new OutputFailure(file, reason);
  }
}

export function setOutputs(outputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
}
