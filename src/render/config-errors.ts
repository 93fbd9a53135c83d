// When the gate cannot run (exit 2) it still leaves a job summary and a SARIF file holding the
// configuration errors, so the summary says why and a following upload-sarif step does not fail.
import type { ConfigError } from '../errors.js';
import { formatConfigError } from '../errors.js';
import { escapeMarkdown as esc, inlineCode as code } from './escape.js';
import { location } from './format-location.js';

export function configErrorsMarkdown(errors: ConfigError[]): string {
  const lines = ['## ⚠️ readiness-gate: could not run', '', `${errors.length} configuration error${errors.length === 1 ? '' : 's'}; the gate reached no verdict.`, ''];
  for (const e of errors) {
    lines.push(`- ${e.file ? `${code(location(e.file, e.line))} ` : ''}${esc(e.message)}${e.keyPath ? ` (at ${code(e.keyPath)})` : ''}`);
    if (e.hint) lines.push(`  - Fix: ${esc(e.hint)}`);
  }
  return `${lines.join('\n')}\n`;
}

export function configErrorsSarif(errors: ConfigError[], version: string): string {
  const results = errors.map((e) => ({
    ruleId: 'config/error',
    level: 'error',
    message: { text: formatConfigError(e) },
    ...(e.file ? { locations: [{ physicalLocation: { artifactLocation: { uri: e.file }, region: { startLine: e.line ?? 1, ...(e.column ? { startColumn: e.column } : {}) } } }] } : {}),
  }));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'readiness-gate', version, informationUri: 'https://github.com/readiness-gate/readiness-gate', rules: [{ id: 'config/error', name: 'configuration_error', shortDescription: { text: 'readiness-gate could not read its configuration' } }] } },
        results,
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
