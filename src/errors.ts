// Errors are values: a file, a place in it, what is wrong and how to fix it. Never a stack trace.
// And never a secret: every error passes through the report's redaction when it is raised.
import { redactText } from './report/redact-text.js';

export interface ConfigError {
  file: string;
  line?: number;
  column?: number;
  /** Dotted key path inside the document, e.g. `telemetry.trace_export` or `api_surface[1].name`. */
  keyPath?: string;
  message: string;
  hint?: string;
}

export function formatConfigError(error: ConfigError): string {
  const where = [error.file, error.line, error.line !== undefined ? error.column : undefined]
    .filter((part) => part !== undefined)
    .join(':');
  const at = error.keyPath ? ` (at ${error.keyPath})` : '';
  const hint = error.hint ? `\n  fix: ${error.hint}` : '';
  return `${where}: ${error.message}${at}${hint}`;
}

/** Thrown by the engine when it cannot run; the entry points turn it into exit code 2. */
export class ConfigurationFailure extends Error {
  readonly errors: ConfigError[];

  constructor(errors: ConfigError[]) {
    const safe = errors.map(redactConfigError);
    super(safe.map(formatConfigError).join('\n'));
    this.errors = safe;
    this.name = 'ConfigurationFailure';
  }
}

/** A token pasted into a manifest key or value must not come back in the error about it. */
export function redactConfigError(error: ConfigError): ConfigError {
  const out: ConfigError = { ...error, file: redactText(error.file), message: redactText(error.message) };
  if (error.hint !== undefined) out.hint = redactText(error.hint);
  if (error.keyPath !== undefined) out.keyPath = redactText(error.keyPath);
  return out;
}
