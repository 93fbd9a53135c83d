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
    throw new OutputFailure(file, e.code ? `${e.code} ${e.message.replace(/^\w+: /, '').split(',')[0]}` : String(error));
  }
}

export function setOutputs(outputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
}
