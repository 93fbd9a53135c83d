import { scanTelemetry } from '../../../src/scanners/evidence/telemetry.js';

const scan = (path: string, text: string) => scanTelemetry({ path, text, context: 'source' }).map((e) => `${e.line}:${e.source}:${e.name}:${e.signals.join('+')}`);

describe('telemetry evidence', () => {
  it('reads tracing and metrics libraries from dependency files, with their lines', () => {
    expect(scan('requirements.txt', 'flask==3.0\nopentelemetry-sdk==1.29\nopentelemetry-exporter-otlp==1.29\nprometheus-client==0.21\n')).toEqual([
      '2:dependency:opentelemetry-sdk:traces',
      '3:dependency:opentelemetry-exporter-otlp:traces',
      '4:dependency:prometheus-client:metrics',
    ]);
    expect(scan('web/package.json', '{\n  "dependencies": {\n    "@opentelemetry/sdk-node": "0.52.0",\n    "prom-client": "15.1.0"\n  }\n}\n')).toEqual([
      '3:dependency:@opentelemetry/sdk-node:traces',
      '4:dependency:prom-client:metrics',
    ]);
    expect(scan('go.mod', 'require (\n\tgo.opentelemetry.io/otel v1.28.0\n\tgithub.com/prometheus/client_golang v1.19.1\n)\n')).toEqual([
      '2:dependency:go.opentelemetry.io/otel:traces',
      '3:dependency:client_golang:metrics',
    ]);
  });

  it('an OpenTelemetry metrics exporter and Application Insights count for what they export', () => {
    expect(scan('requirements.txt', 'opentelemetry-exporter-prometheus==0.47b0\nazure-monitor-opentelemetry==1.6\n')).toEqual([
      '1:dependency:opentelemetry-exporter-prometheus:metrics',
      '2:dependency:azure-monitor-opentelemetry:traces+metrics',
    ]);
  });

  it('settings keep their line numbers across CRLF, lone CR and LF breaks, several on a line once per pattern', () => {
    const text = [
      'FOO=1',
      'OTEL_TRACES_EXPORTER=otlp',
      '# OTEL_METRICS_EXPORTER=prometheus',
      'x: 1',
      'DD_TRACE_AGENT_URL=http://agent:8126 OTEL_METRICS_EXPORTER=prometheus',
      '',
      'prometheus.io/scrape: "true"',
      'OTEL_TRACES_EXPORTER=none',
      'kind: ServiceMonitor',
    ];
    const breaks = ['\r\n', '\r', '\n', '\r\n', '\n', '\r', '\r\n', '\n'];
    const joined = text.map((line, i) => line + (breaks[i] ?? '')).join('');
    const expected = [
      '2:exporter-setting:OTEL_TRACES_EXPORTER:traces',
      '5:exporter-setting:OTEL_METRICS_EXPORTER:metrics',
      '5:exporter-setting:DD_TRACE_AGENT_URL:traces',
      '7:exporter-setting:prometheus.io/scrape:metrics',
      '9:exporter-setting:ServiceMonitor:metrics',
    ];
    expect(scan('deploy/app.env', joined)).toEqual(expected);
    expect(scan('deploy/app.env', text.join('\n'))).toEqual(expected);
    expect(scan('deploy/app.env', text.join('\r\n') + '\r\n')).toEqual(expected);
  });

  it('comments and unrelated dependencies are no evidence', () => {
    expect(scan('requirements.txt', '# opentelemetry-sdk later\nflask==3.0\nrequests\n')).toEqual([]);
  });

  it('reads exporter settings from configuration, not the word OpenTelemetry in prose', () => {
    const configMap = 'kind: ConfigMap\ndata:\n  OTEL_EXPORTER_OTLP_ENDPOINT: http://collector:4317\n  OTEL_METRICS_EXPORTER: otlp\n';
    expect(scan('k8s/cm.yaml', configMap)).toEqual(['3:exporter-setting:OTEL_EXPORTER_OTLP_ENDPOINT:traces', '4:exporter-setting:OTEL_METRICS_EXPORTER:metrics']);
    expect(scan('.env', 'APPLICATIONINSIGHTS_CONNECTION_STRING=InstrumentationKey=abc\n')).toEqual(['1:exporter-setting:APPLICATIONINSIGHTS_CONNECTION_STRING:traces+metrics']);
    expect(scan('k8s/d.yaml', 'metadata:\n  annotations:\n    prometheus.io/scrape: "true"\n')).toEqual(['3:exporter-setting:prometheus.io/scrape:metrics']);
    expect(scan('k8s/sm.yaml', 'apiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\n')).toEqual(['2:exporter-setting:ServiceMonitor:metrics']);
    expect(scan('docs/telemetry.md', 'We export traces with OpenTelemetry. OTEL_EXPORTER_OTLP_ENDPOINT=x\n')).toEqual([]);
    expect(scan('values.yaml', 'opentelemetry:\n  enabled: true\n')).toEqual([]);
  });

  it('a setting that turns export off is no evidence', () => {
    expect(scan('app.env', 'OTEL_TRACES_EXPORTER=none\nOTEL_METRICS_EXPORTER=\n# OTEL_EXPORTER_OTLP_ENDPOINT=http://x\n')).toEqual([]);
    expect(scan('k8s/d.yaml', 'annotations:\n  prometheus.io/scrape: "false"\n')).toEqual([]);
  });

  it('recognises an OpenTelemetry Collector configuration by its shape or its name', () => {
    const collector = 'receivers:\n  otlp: {}\nexporters:\n  otlp: {}\nservice:\n  pipelines:\n    traces:\n      receivers: [otlp]\n    metrics/prom:\n      receivers: [otlp]\n';
    expect(scan('deploy/pipeline.yaml', collector)).toEqual(['3:collector-config:OpenTelemetry Collector configuration:traces+metrics']);
    expect(scan('deploy/pipeline.yaml', collector.replace('    metrics/prom:\n      receivers: [otlp]\n', ''))).toEqual(['3:collector-config:OpenTelemetry Collector configuration:traces']);
    expect(scan('otel-collector-config.yaml', 'extensions: {}\n')).toEqual(['1:collector-config:OpenTelemetry Collector configuration:traces+metrics']);
    expect(scan('deploy/pipeline.yaml', 'receivers:\n  otlp: {}\nexporters:\n  otlp: {}\nservice: {}\n')).toEqual([]);
  });

  it('ignores files that are neither dependencies nor configuration', () => {
    expect(scan('app/main.py', 'from opentelemetry import trace\n')).toEqual([]);
  });
});
