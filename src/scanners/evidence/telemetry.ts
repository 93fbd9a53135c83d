// Telemetry evidence in one file: tracing and metrics libraries in dependency files, exporter
// settings in configuration, OpenTelemetry Collector configurations. Facts only: whether a
// claim is backed is the telemetry control's decision.
import type { SourceFile, TelemetryEvidence, TelemetrySignal } from '../types.js';
import { splitLines } from '../shared/split-lines.js';

const DEPENDENCY_FILE =
  /(^|\/)(package\.json|requirements[^/]*\.(txt|in)|pyproject\.toml|Pipfile|setup\.(py|cfg)|go\.mod|pom\.xml|build\.gradle(\.kts)?|[^/]+\.csproj|packages\.config|Gemfile|Cargo\.toml|composer\.json)$/;
const CONFIG_FILE = /\.(ya?ml|json|toml|env|properties|ini|conf|tf|tfvars)$|(^|\/)(Dockerfile|Containerfile)[^/]*$|(^|\/)\.env[^/]*$/i;
const COLLECTOR_NAME = /(^|\/)[^/]*otel[^/]*collector[^/]*\.ya?ml$|(^|\/)otel(col)?[-_.]?(config)?\.ya?ml$/i;

const BOTH: TelemetrySignal[] = ['traces', 'metrics'];
const TRACES: TelemetrySignal[] = ['traces'];
const METRICS: TelemetrySignal[] = ['metrics'];

/** Libraries by name as they appear in dependency files; the first pattern that matches a line wins. */
const LIBRARIES: { pattern: RegExp; signals: TelemetrySignal[] }[] = [
  { pattern: /opentelemetry[-_.\w/]*(exporter[-_.]?prometheus|metrics)[-_.\w/]*/i, signals: METRICS },
  { pattern: /(azure[-_.]monitor[-_.]opentelemetry[-_.\w]*|applicationinsights[-_.\w]*)/i, signals: BOTH },
  { pattern: /go\.opentelemetry\.io\/otel[\w./-]*/i, signals: TRACES },
  { pattern: /@?opentelemetry[-_.\w/]*/i, signals: TRACES },
  { pattern: /(jaeger[-_]client[\w-]*|zipkin[\w.-]*|ddtrace|dd-trace[\w-]*|aws-xray-sdk[\w-]*|honeycomb[-_]beeline[\w-]*|elastic-apm[\w-]*)/i, signals: TRACES },
  { pattern: /newrelic[\w-]*/i, signals: BOTH },
  {
    pattern: /(prometheus[-_]client|prometheus_client|prom-client|client_golang|prometheus-net[\w.-]*|micrometer[\w-]*|django-prometheus|prometheus-flask-exporter|starlette[-_]exporter|statsd[\w-]*|datadog[\w-]*)/i,
    signals: METRICS,
  },
];

/** Exporter settings: environment variables and annotations that turn export on. */
const SETTINGS: { pattern: RegExp; signals: TelemetrySignal[] }[] = [
  { pattern: /\bOTEL_EXPORTER_OTLP_METRICS_ENDPOINT\b/, signals: METRICS },
  { pattern: /\bOTEL_METRICS_EXPORTER\b/, signals: METRICS },
  { pattern: /\bOTEL_EXPORTER_OTLP_(TRACES_)?ENDPOINT\b/, signals: TRACES },
  { pattern: /\bOTEL_TRACES_EXPORTER\b/, signals: TRACES },
  { pattern: /\b(OTEL_EXPORTER_JAEGER_ENDPOINT|JAEGER_ENDPOINT|JAEGER_AGENT_HOST|OTEL_EXPORTER_ZIPKIN_ENDPOINT|DD_TRACE_AGENT_URL)\b/, signals: TRACES },
  { pattern: /\bAPPLICATIONINSIGHTS_CONNECTION_STRING\b/, signals: BOTH },
  { pattern: /\bprometheus\.io\/scrape\b/, signals: METRICS },
  { pattern: /^\s*kind:\s*["']?(ServiceMonitor|PodMonitor)["']?\s*$/, signals: METRICS },
];

/** A literal every SETTINGS pattern needs: text without one has no setting, so no line is read. */
const SETTING_LITERAL = /OTEL_|JAEGER_|DD_TRACE_AGENT_URL|APPLICATIONINSIGHTS_CONNECTION_STRING|prometheus\.io\/scrape|ServiceMonitor|PodMonitor/;
/** The three top-level keys a collector config needs (a superset of the per-line test below). */
const COLLECTOR_KEYS = [/^receivers:/m, /^exporters:/m, /^service:/m];

/** A setting whose value turns export off or leaves it unset is no evidence. */
const OFF_VALUE = /^\s*["']?(none|false|off|disabled|no|0|)["']?\s*,?\s*$/i;

function valueAfterKey(line: string, end: number): string | undefined {
  const rest = line.slice(end);
  const m = /^["']?\s*[:=]\s*(.*)$/.exec(rest);
  if (m) return m[1]!.replace(/\s+#.*$/, '');
  // Kubernetes env lists: `- name: OTEL_...` with the value on the next line; not read here.
  return undefined;
}

function dependencyEvidence(file: SourceFile, lines: string[]): TelemetryEvidence[] {
  const out: TelemetryEvidence[] = [];
  const seen = new Set<string>();
  lines.forEach((text, i) => {
    const trimmed = text.trim();
    if (trimmed.startsWith('#') || trimmed.startsWith('//')) return;
    for (const { pattern, signals } of LIBRARIES) {
      const match = pattern.exec(text);
      if (!match) continue;
      const name = match[0];
      if (!seen.has(name)) {
        seen.add(name);
        out.push({ path: file.path, line: i + 1, source: 'dependency', name, signals });
      }
      break;
    }
  });
  return out;
}

function settingEvidence(file: SourceFile, lines: string[]): TelemetryEvidence[] {
  const out: TelemetryEvidence[] = [];
  lines.forEach((text, i) => {
    // SETTING_LITERAL holds a literal of every pattern: a line without one has no setting.
    if (!SETTING_LITERAL.test(text) || /^\s*#/.test(text)) return;
    for (const { pattern, signals } of SETTINGS) {
      const match = pattern.exec(text);
      if (!match) continue;
      const value = valueAfterKey(text, match.index + match[0].length);
      if (value !== undefined && OFF_VALUE.test(value)) continue;
      out.push({ path: file.path, line: i + 1, source: 'exporter-setting', name: match[0].replace(/^\s*kind:\s*["']?|["']?\s*$/g, ''), signals });
    }
  });
  return out;
}

/** A collector config: top-level receivers, exporters and service keys (the collector's own shape). */
function collectorEvidence(file: SourceFile, lines: string[]): TelemetryEvidence[] {
  if (!mayBeCollector(file)) return [];
  const top = (key: string) => {
    const pattern = new RegExp(`^${key}:\\s*(#.*)?$`);
    return lines.findIndex((l) => pattern.test(l));
  };
  const receivers = top('receivers');
  const exporters = top('exporters');
  const service = top('service');
  const named = COLLECTOR_NAME.test(file.path);
  if (!(receivers >= 0 && exporters >= 0 && service >= 0) && !named) return [];
  const signals: TelemetrySignal[] = [];
  if (lines.some((l) => /^\s+traces(\/[\w-]+)?:\s*(#.*)?$/.test(l))) signals.push('traces');
  if (lines.some((l) => /^\s+metrics(\/[\w-]+)?:\s*(#.*)?$/.test(l))) signals.push('metrics');
  if (!signals.length && !named) return [];
  const line = exporters >= 0 ? exporters + 1 : 1;
  return [{ path: file.path, line, source: 'collector-config', name: 'OpenTelemetry Collector configuration', signals: signals.length ? signals : [...BOTH] }];
}

function mayBeCollector(file: SourceFile): boolean {
  return COLLECTOR_NAME.test(file.path) || COLLECTOR_KEYS.every((key) => key.test(file.text));
}

export function scanTelemetry(file: SourceFile): TelemetryEvidence[] {
  const dependency = DEPENDENCY_FILE.test(file.path);
  const config = CONFIG_FILE.test(file.path);
  if (!dependency && !config) return [];
  // Most configuration files hold no evidence: test the whole text before splitting it into lines.
  const yaml = !dependency && /\.ya?ml$/i.test(file.path);
  if (!dependency && !(yaml && mayBeCollector(file)) && !SETTING_LITERAL.test(file.text)) return [];
  const lines = splitLines(file.text);
  if (dependency) return dependencyEvidence(file, lines);
  if (yaml) {
    const collector = collectorEvidence(file, lines);
    if (collector.length) return collector;
  }
  return settingEvidence(file, lines);
}
