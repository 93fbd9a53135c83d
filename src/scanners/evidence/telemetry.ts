// Telemetry evidence in one file: tracing and metrics libraries in dependency files, exporter
// settings in configuration, OpenTelemetry Collector configurations. Facts only: whether a
// claim is backed is the telemetry control's decision.
import type { SourceFile, TelemetryEvidence, TelemetrySignal } from '../types.js';
import { splitLines } from '../shared/split-lines.js';
import { lineStartFinder, literalFinder } from '../../util/literal-search.js';

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

/**
 * The literals every SETTINGS pattern needs (`/OTEL_|JAEGER_|DD_TRACE_AGENT_URL|...|PodMonitor/`
 * before): text without one has no setting, so no line is read. Each is searched through a probe
 * that starts with a rare character (`/scrap`, `Monito`, see literal-search.ts), where the
 * alternation tried every position of the text.
 */
const SETTING_LITERALS = [
  literalFinder('OTEL_'),
  literalFinder('JAEGER_'),
  literalFinder('DD_TRACE_AGENT_URL'),
  literalFinder('APPLICATIONINSIGHTS_CONNECTION_STRING'),
  literalFinder('prometheus.io/scrape', 'prometheus.io'.length),
  literalFinder('ServiceMonitor', 'Service'.length),
  literalFinder('PodMonitor', 'Pod'.length),
];
/** Whether `text` holds one of SETTING_LITERALS. */
function hasSettingLiteral(text: string): boolean {
  return SETTING_LITERALS.some((find) => find(text) >= 0);
}

/**
 * The indexes, ascending, of the lines of `splitLines(text)` holding one of SETTING_LITERALS: where
 * the literals occur in the whole text (none holds a line break), instead of a test per line.
 */
function settingLines(text: string, lines: string[]): number[] {
  const offsets: number[] = [];
  for (const find of SETTING_LITERALS) for (let at = find(text); at >= 0; at = find(text, at + 1)) offsets.push(at);
  offsets.sort((a, b) => a - b);
  const out: number[] = [];
  let line = 0;
  let start = 0;
  for (const at of offsets) {
    // Move to the line holding `at`: past each line and its break (CRLF, CR or LF, as splitLines).
    for (let end = start + lines[line]!.length; at >= end; end = start + lines[line]!.length) {
      start = end + (text.startsWith('\r\n', end) ? 2 : 1);
      line++;
    }
    if (out[out.length - 1] !== line) out.push(line);
  }
  return out;
}
/**
 * The three top-level keys a collector config needs (a superset of the per-line test below), as
 * `/^receivers:/m` and so on; probes `vers:`, `xporte` and `vice:` start with rare characters.
 */
const COLLECTOR_KEYS = [lineStartFinder('receivers:', 'recei'.length), lineStartFinder('exporters:', 'e'.length), lineStartFinder('service:', 'ser'.length)];

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
  // A line without one of SETTING_LITERALS has no setting.
  for (const i of settingLines(file.text, lines)) {
    const text = lines[i]!;
    if (/^\s*#/.test(text)) continue;
    for (const { pattern, signals } of SETTINGS) {
      const match = pattern.exec(text);
      if (!match) continue;
      const value = valueAfterKey(text, match.index + match[0].length);
      if (value !== undefined && OFF_VALUE.test(value)) continue;
      out.push({ path: file.path, line: i + 1, source: 'exporter-setting', name: match[0].replace(/^\s*kind:\s*["']?|["']?\s*$/g, ''), signals });
    }
  }
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
  return COLLECTOR_NAME.test(file.path) || COLLECTOR_KEYS.every((find) => find(file.text) >= 0);
}

export function scanTelemetry(file: SourceFile): TelemetryEvidence[] {
  const dependency = DEPENDENCY_FILE.test(file.path);
  const config = CONFIG_FILE.test(file.path);
  if (!dependency && !config) return [];
  // Most configuration files hold no evidence: test the whole text before splitting it into lines.
  const yaml = !dependency && /\.ya?ml$/i.test(file.path);
  if (!dependency && !(yaml && mayBeCollector(file)) && !hasSettingLiteral(file.text)) return [];
  const lines = splitLines(file.text);
  if (dependency) return dependencyEvidence(file, lines);
  if (yaml) {
    const collector = collectorEvidence(file, lines);
    if (collector.length) return collector;
  }
  return settingEvidence(file, lines);
}
