// Errors are values: a file, a place in it, what is wrong and how to fix it. Never a stack trace.
// Raising one (src/config/failure.ts) redacts it; this module only describes and formats.

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
