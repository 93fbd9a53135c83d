// When the gate cannot run: a summary that says why, and a SARIF file upload-sarif accepts.
import type { ConfigError } from '../../src/errors.js';
import { configErrorsMarkdown, configErrorsSarif } from '../../src/render/config-errors.js';

const FULL: ConfigError = { file: 'svc/readiness.yaml', line: 4, column: 7, keyPath: 'telemetry.trace_export', message: 'must be a string', hint: 'write `trace_export: OpenTelemetry`' };

describe('configErrorsMarkdown', () => {
  it('says the gate could not run, counts the errors, and gives place, message, key path and fix', () => {
    expect(configErrorsMarkdown([FULL, { file: '', message: 'no <policy> @here' }])).toBe(
      [
        '## ⚠️ readiness-gate: could not run',
        '',
        '2 configuration errors; the gate reached no verdict.',
        '',
        '- `svc/readiness.yaml:4` must be a string (at `telemetry.trace_export`)',
        '  - Fix: write \\`trace\\_export: OpenTelemetry\\`',
        '- no &lt;policy&gt; @\u200Bhere',
        '',
      ].join('\n'),
    );
  });

  it('one error is singular; a file without a line is named alone', () => {
    const md = configErrorsMarkdown([{ file: 'policy.yaml', message: 'bad' }]);
    expect(md).toContain('\n1 configuration error; the gate reached no verdict.\n');
    expect(md).toContain('\n- `policy.yaml` bad\n');
    expect(md).not.toContain('Fix:');
    expect(md).not.toContain('(at');
  });
});

describe('configErrorsSarif', () => {
  it('one error result per error, located when the error has a file', () => {
    const sarif = JSON.parse(configErrorsSarif([FULL, { file: 'policy.yaml', message: 'bad' }, { file: '', message: 'nowhere' }], '1.2.3'));
    expect(sarif).toEqual({
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'readiness-gate',
              version: '1.2.3',
              informationUri: 'https://github.com/readiness-gate/readiness-gate',
              rules: [{ id: 'config/error', name: 'configuration_error', shortDescription: { text: 'readiness-gate could not read its configuration' } }],
            },
          },
          results: [
            {
              ruleId: 'config/error',
              level: 'error',
              message: { text: 'svc/readiness.yaml:4:7: must be a string (at telemetry.trace_export)\n  fix: write `trace_export: OpenTelemetry`' },
              locations: [{ physicalLocation: { artifactLocation: { uri: 'svc/readiness.yaml' }, region: { startLine: 4, startColumn: 7 } } }],
            },
            { ruleId: 'config/error', level: 'error', message: { text: 'policy.yaml: bad' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'policy.yaml' }, region: { startLine: 1 } } }] },
            { ruleId: 'config/error', level: 'error', message: { text: ': nowhere' } },
          ],
        },
      ],
    });
  });

  it('is pretty-printed JSON ending in a newline', () => {
    const text = configErrorsSarif([], '0');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    expect(JSON.parse(text).runs[0].results).toEqual([]);
  });
});
