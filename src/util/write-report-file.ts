// Writing a report or baseline file the user named: the parent folders are created, and a file
// that cannot be written is a problem the user can fix ("cannot write FILE: reason", exit 2),
// not an internal error. Shared by the action and the CLI, so it imports nothing of @actions/*.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

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
