import { lineAtOffset } from '../workspace/paths.js';
import type { Control, ControlContext, Evidence } from './types.js';
import { manifestEvidence, pass } from './types.js';

const DEPENDENCY_FILE = /(^|\/)(package\.json|requirements[^/]*\.txt|pyproject\.toml|Pipfile|setup\.(py|cfg)|go\.mod|pom\.xml|build\.gradle(\.kts)?|[^/]+\.csproj|Gemfile|Cargo\.toml|composer\.json)$/;
const CONFIG_FILE = /\.(ya?ml|json|toml|env|properties|ini)$|(^|\/)(Dockerfile|Containerfile)[^/]*$/i;
const TRACING = /opentelemetry|otel[-_]|otlp|jaeger|zipkin|applicationinsights|azure-monitor-opentelemetry|ddtrace|dd-trace|newrelic|honeycomb|aws-xray|x-ray-sdk|OTEL_EXPORTER_OTLP_ENDPOINT/i;
const METRICS = /prometheus|prom-client|micrometer|statsd|opentelemetry|otel[-_]|applicationinsights|datadog|newrelic|prometheus\.io\/scrape/i;
const COLLECTOR = /(^|\/)[^/]*otel[^/]*collector[^/]*\.ya?ml$|(^|\/)otel[^/]*\.ya?ml$/i;

/** Looks for repository evidence behind a telemetry claim: a dependency, an exporter setting, a collector config. */
function findEvidence(ctx: ControlContext, pattern: RegExp): Evidence | undefined {
  for (const file of ctx.facts.files) {
    // The claim is not evidence of itself.
    if (file === ctx.workload.manifestPath || /(^|\/)readiness\.ya?ml$/.test(file)) continue;
    if (COLLECTOR.test(file)) return { path: file, line: 1, detail: 'collector configuration' };
    if (!DEPENDENCY_FILE.test(file) && !CONFIG_FILE.test(file)) continue;
    const text = ctx.repo.readText(file);
    if (!text) continue;
    const match = pattern.exec(text);
    if (match) return { path: file, line: lineAtOffset(text, match.index), detail: `references ${match[0]}` };
  }
  return undefined;
}

export const telemetryControl: Control = {
  id: 'telemetry',
  title: 'Logs, metrics and trace export',
  risk: 'Without logs, metrics and traces nobody can tell what the workload saw, decided, called and returned.',
  evaluate(ctx) {
    const t = ctx.workload.manifest.telemetry;
    const missing: string[] = [];
    if (!t?.logs) missing.push('logs');
    if (!t?.metrics) missing.push('metrics');
    if (!t?.trace_export) missing.push('trace export');
    if (missing.length) {
      return {
        status: 'fail',
        message: `Promotion blocked: missing diagnostic controls: ${missing.join(', ')}.`,
        evidence: [manifestEvidence(ctx, t ? ['telemetry'] : ['name'], `telemetry is missing ${missing.join(', ')}`)],
        remediation: [
          'Emit structured logs (JSON with a trace id), not print statements.',
          'Export metrics (Prometheus or OpenTelemetry metrics) and set telemetry.metrics: true.',
          'Export traces with OpenTelemetry (set telemetry.trace_export: OpenTelemetry) and keep trace context across prompts, tools and downstream calls.',
        ],
      };
    }
    const unbacked: Evidence[] = [];
    const tracing = findEvidence(ctx, TRACING);
    const metrics = findEvidence(ctx, METRICS);
    if (!tracing) unbacked.push(manifestEvidence(ctx, ['telemetry', 'trace_export'], `trace export '${t!.trace_export}' is claimed but no tracing dependency, exporter setting or collector config was found in the workload's files`));
    if (!metrics) unbacked.push(manifestEvidence(ctx, ['telemetry', 'metrics'], 'metrics are claimed but no metrics library or scrape config was found in the workload\'s files'));
    if (unbacked.length) {
      return {
        status: 'warn',
        message: `Telemetry is claimed for workload '${ctx.workload.name}' but the repository shows no evidence of ${[!tracing && 'trace export', !metrics && 'metrics'].filter(Boolean).join(' or ')}.`,
        evidence: unbacked,
        remediation: ['Add the OpenTelemetry SDK or exporter to the workload\'s dependencies, or commit the collector configuration it ships with.'],
      };
    }
    return pass(`Logs, metrics and trace export (${t!.trace_export}) are enabled.`, [tracing!, metrics!]);
  },
};
