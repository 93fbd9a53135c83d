// The engine's one way to stop: configuration errors, each redacted when it is raised, so a
// token pasted into a manifest key or value never comes back in the error about it.
import { formatConfigError, type ConfigError } from '../errors.js';
import { redactText } from '../scanners/secrets/redact-text.js';

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

export function redactConfigError(error: ConfigError): ConfigError {
  const out: ConfigError = { ...error, file: redactText(error.file), message: redactText(error.message) };
  if (error.hint !== undefined) out.hint = redactText(error.hint);
  if (error.keyPath !== undefined) out.keyPath = redactText(error.keyPath);
  return out;
}
