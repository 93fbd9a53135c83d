import { telemetryControl } from '../../src/controls/telemetry.js';
import type { TelemetryEvidence } from '../../src/scanners/types.js';
import { FULL, FULL_BLOCK, METRICS, TRACES, edit, evaluate, without } from '../helpers/workload.js';

const LOGS_FIX = 'Emit structured logs (JSON with a trace id), not print statements.';
const METRICS_FIX = 'Export metrics (Prometheus or OpenTelemetry metrics) and set telemetry.metrics: true.';
const TRACE_FIX = 'Export traces with OpenTelemetry (set telemetry.trace_export: OpenTelemetry) and keep trace context across prompts, tools and downstream calls.';
const TRACES_BACKING = "Add the OpenTelemetry SDK or an exporter to the workload's dependencies, set OTEL_EXPORTER_OTLP_ENDPOINT, or commit the collector configuration it ships with.";
const METRICS_BACKING = "Add a metrics library (Prometheus client, OpenTelemetry metrics) to the workload's dependencies, or a prometheus.io/scrape annotation or ServiceMonitor.";

const TRACE_UNBACKED = "trace export 'OpenTelemetry' is claimed but no tracing dependency, exporter setting or collector config was found in the workload's files";
const METRICS_UNBACKED = "metrics are claimed but no metrics library, scrape config or collector config was found in the workload's files";

describe('telemetry', () => {
  it('passes when every signal is claimed and backed, citing the first fact of each', () => {
    const setting: TelemetryEvidence = { path: 'k8s/cm.yaml', line: 4, source: 'exporter-setting', name: 'OTEL_EXPORTER_OTLP_ENDPOINT', signals: ['traces'] };
    expect(evaluate(telemetryControl, FULL, { facts: { telemetry: [setting, TRACES, METRICS] } })).toEqual({
      status: 'pass',
      message: 'Logs, metrics and trace export (OpenTelemetry) are enabled.',
      evidence: [
        { path: 'k8s/cm.yaml', line: 4, detail: 'traces: exporter setting OTEL_EXPORTER_OTLP_ENDPOINT' },
        { path: 'requirements.txt', line: 2, detail: 'metrics: dependency prometheus-client' },
      ],
      remediation: [],
    });
  });

  it('one collector config backs both signals', () => {
    const collector: TelemetryEvidence = { path: 'otel/collector.yaml', line: 3, source: 'collector-config', name: 'OpenTelemetry Collector configuration', signals: ['traces', 'metrics'] };
    expect(evaluate(telemetryControl, FULL, { facts: { telemetry: [collector] } }).evidence).toEqual([
      { path: 'otel/collector.yaml', line: 3, detail: 'traces: collector configuration OpenTelemetry Collector configuration' },
      { path: 'otel/collector.yaml', line: 3, detail: 'metrics: collector configuration OpenTelemetry Collector configuration' },
    ]);
  });

  it('missing metrics gets the metrics fix only', () => {
    expect(evaluate(telemetryControl, edit(FULL, 'metrics: true', 'metrics: false'))).toEqual({
      status: 'fail',
      message: 'missing diagnostic controls: metrics.',
      evidence: [{ path: 'readiness.yaml', line: 10, detail: 'telemetry is missing metrics' }],
      remediation: [METRICS_FIX],
    });
  });

  it('missing logs gets the logs fix only', () => {
    expect(evaluate(telemetryControl, edit(FULL, 'logs: true', 'logs: false')).remediation).toEqual([LOGS_FIX]);
  });

  it.each(['""', 'none', 'N/A', 'tbd', '"-"'])('trace_export %s is missing trace export', (value) => {
    expect(evaluate(telemetryControl, edit(FULL, 'trace_export: OpenTelemetry', `trace_export: ${value}`))).toEqual({
      status: 'fail',
      message: 'missing diagnostic controls: trace export.',
      evidence: [{ path: 'readiness.yaml', line: 10, detail: 'telemetry is missing trace export' }],
      remediation: [TRACE_FIX],
    });
  });

  it('no telemetry section misses all three, pointing at the name', () => {
    expect(evaluate(telemetryControl, without(FULL, 'telemetry'))).toEqual({
      status: 'fail',
      message: 'missing diagnostic controls: logs, metrics, trace export.',
      evidence: [{ path: 'readiness.yaml', line: 2, detail: 'telemetry is missing logs, metrics, trace export' }],
      remediation: [LOGS_FIX, METRICS_FIX, TRACE_FIX],
    });
  });

  it('claimed but unbacked traces warn, with the tracing fix only', () => {
    expect(evaluate(telemetryControl, FULL, { facts: { telemetry: [METRICS] } })).toEqual({
      status: 'warn',
      message: "telemetry is claimed for workload 'svc' but the repository shows no evidence of trace export.",
      evidence: [{ path: 'readiness.yaml', line: 10, detail: TRACE_UNBACKED }],
      remediation: [TRACES_BACKING],
    });
  });

  it('claimed but unbacked metrics warn, with the metrics fix only', () => {
    expect(evaluate(telemetryControl, FULL, { facts: { telemetry: [TRACES] } })).toEqual({
      status: 'warn',
      message: "telemetry is claimed for workload 'svc' but the repository shows no evidence of metrics.",
      evidence: [{ path: 'readiness.yaml', line: 10, detail: METRICS_UNBACKED }],
      remediation: [METRICS_BACKING],
    });
  });

  it('nothing backs either: both gaps, both fixes', () => {
    const outcome = evaluate(telemetryControl, FULL, { facts: { telemetry: [] } });
    expect(outcome.message).toBe("telemetry is claimed for workload 'svc' but the repository shows no evidence of trace export or metrics.");
    expect(outcome.remediation).toEqual([TRACES_BACKING, METRICS_BACKING]);
    expect(outcome.evidence).toHaveLength(2);
  });

  it('unbacked claims point at the claim lines', () => {
    const block = edit(FULL, 'telemetry: { logs: true, metrics: true, trace_export: OpenTelemetry }', 'telemetry:\n  logs: true\n  metrics: true\n  trace_export: OpenTelemetry');
    expect(evaluate(telemetryControl, block, { facts: { telemetry: [] } }).evidence).toEqual([
      { path: 'readiness.yaml', line: 13, detail: TRACE_UNBACKED },
      { path: 'readiness.yaml', line: 12, detail: METRICS_UNBACKED },
    ]);
  });

  it('the manifest is not evidence of its own claim', () => {
    const selfClaim: TelemetryEvidence = { path: 'svc/readiness.yaml', line: 10, source: 'exporter-setting', name: 'OTEL_TRACES_EXPORTER', signals: ['traces', 'metrics'] };
    const outcome = evaluate(telemetryControl, FULL, { facts: { telemetry: [selfClaim] }, manifestPath: 'svc/readiness.yaml' });
    expect(outcome.status).toBe('warn');
    const elsewhere = { ...selfClaim, path: 'svc/otel.env' };
    expect(evaluate(telemetryControl, FULL, { facts: { telemetry: [elsewhere] }, manifestPath: 'svc/readiness.yaml' }).status).toBe('pass');
  });
});

it('telemetry names itself, its title and its risk', () => {
  expect([telemetryControl.id, telemetryControl.title, telemetryControl.risk]).toEqual(["telemetry", "Logs, metrics and trace export", "Without logs, metrics and traces nobody can tell what the workload saw, decided, called and returned."]);
});

it('a missing signal points at the telemetry section in a block-style manifest', () => {
  expect(evaluate(telemetryControl, edit(FULL_BLOCK, 'metrics: true', 'metrics: false')).evidence[0]!.line).toBe(16);
});
