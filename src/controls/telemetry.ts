import type { TelemetryEvidence, TelemetrySignal } from '../scanners/types.js';
import { isClaimed } from './claims.js';
import type { Control, ControlContext, Evidence, Gap } from './types.js';
import { manifestEvidence, outcomeOf, pass } from './types.js';

const MISSING_FIX = {
  logs: 'Emit structured logs (JSON with a trace id), not print statements.',
  metrics: 'Export metrics (Prometheus or OpenTelemetry metrics) and set telemetry.metrics: true.',
  'trace export': 'Export traces with OpenTelemetry (set telemetry.trace_export: OpenTelemetry) and keep trace context across prompts, tools and downstream calls.',
} as const;
const UNBACKED_FIX: Record<TelemetrySignal, string> = {
  traces: "Add the OpenTelemetry SDK or an exporter to the workload's dependencies, set OTEL_EXPORTER_OTLP_ENDPOINT, or commit the collector configuration it ships with.",
  metrics: "Add a metrics library (Prometheus client, OpenTelemetry metrics) to the workload's dependencies, or a prometheus.io/scrape annotation or ServiceMonitor.",
};

const SOURCE_LABEL: Record<TelemetryEvidence['source'], string> = {
  dependency: 'dependency',
  'exporter-setting': 'exporter setting',
  'collector-config': 'collector configuration',
};

/** The first fact behind a signal; the claim in the manifest is not evidence of itself. */
function evidenceFor(ctx: ControlContext, signal: TelemetrySignal): Evidence | undefined {
  const found = ctx.facts.telemetry.find((t) => t.signals.includes(signal) && t.path !== ctx.workload.manifestPath);
  return found && { path: found.path, line: found.line, detail: `${signal}: ${SOURCE_LABEL[found.source]} ${found.name}` };
}

export const telemetryControl: Control = {
  id: 'telemetry',
  title: 'Logs, metrics and trace export',
  risk: 'Without logs, metrics and traces nobody can tell what the workload saw, decided, called and returned.',
  evaluate(ctx) {
    const t = ctx.workload.manifest.telemetry;
    const missing = (['logs', 'metrics', 'trace export'] as const).filter((what) =>
      what === 'trace export' ? !isClaimed(t?.trace_export) : !t?.[what],
    );
    if (missing.length) {
      const evidence = manifestEvidence(ctx, t ? ['telemetry'] : ['name'], `telemetry is missing ${missing.join(', ')}`);
      return outcomeOf('fail', `missing diagnostic controls: ${missing.join(', ')}.`, missing.map((what) => ({ problem: what, evidence, fix: MISSING_FIX[what] })));
    }
    const traces = evidenceFor(ctx, 'traces');
    const metrics = evidenceFor(ctx, 'metrics');
    const gaps: Gap[] = [];
    if (!traces) {
      gaps.push({
        problem: 'trace export',
        evidence: manifestEvidence(ctx, ['telemetry', 'trace_export'], `trace export '${t!.trace_export}' is claimed but no tracing dependency, exporter setting or collector config was found in the workload's files`),
        fix: UNBACKED_FIX.traces,
      });
    }
    if (!metrics) {
      gaps.push({
        problem: 'metrics',
        evidence: manifestEvidence(ctx, ['telemetry', 'metrics'], "metrics are claimed but no metrics library, scrape config or collector config was found in the workload's files"),
        fix: UNBACKED_FIX.metrics,
      });
    }
    if (gaps.length) {
      return outcomeOf('warn', `telemetry is claimed for workload '${ctx.workload.name}' but the repository shows no evidence of ${gaps.map((g) => g.problem).join(' or ')}.`, gaps);
    }
    return pass(`Logs, metrics and trace export (${t!.trace_export}) are enabled.`, [traces!, metrics!]);
  },
};
