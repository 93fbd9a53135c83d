// True and false samples of src/scanners/secrets/rules/kubernetes.ts, built when the tests run.
import { ALNUM, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');

export const SAMPLES: RuleSamples = {
  'kubernetes-secret-data': {
    path: 'deploy/secret.yaml',
    match: [
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-credentials\ntype: Opaque\ndata:\n  username: ${b64('orders')}\n  password: ${b64(fake(ALNUM, 18, 'k8s-data-1'))}\n`,
    ],
    noMatch: [
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: ${b64('production-mode')}\n`,
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: x\ndata:\n  password: ${b64('changeme')}\n`,
      'apiVersion: v1\nkind: Secret\nmetadata:\n  name: x\ndata:\n  password: {{ .Values.password | b64enc }}\n',
    ],
  },
  'kubernetes-secret-stringdata': {
    path: 'deploy/secret.yaml',
    match: [`apiVersion: v1\nkind: Secret\nmetadata:\n  name: api\nstringData:\n  OPENAI_MODEL_KEY: "${fake(ALNUM, 24, 'k8s-sd-1')}"\n`],
    noMatch: [
      'apiVersion: v1\nkind: Secret\nmetadata:\n  name: api\nstringData:\n  token: "{{ .Values.token }}"\n',
      // Keys that are not secrets: the entry's type, user and database names, paths, templates.
      'apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n  type: postgresql\n  username: orders\n  database: orders_prod\n  client_id: orders-api\n  ca_path: /etc/ssl/ca.pem\n  key_pass: "{{- include \"orders.keyPass\" . }}"\n',
    ],
  },
  'kubernetes-env-literal': {
    path: 'deploy/api.yaml',
    match: [
      `      containers:\n        - name: api\n          image: registry.corp/api:1.4.2\n          env:\n            - name: DB_PASSWORD\n              value: "${fake(ALNUM, 16, 'k8s-env-1')}"\n`,
    ],
    noMatch: [
      '          env:\n            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef:\n                  name: db\n                  key: password\n',
      '          env:\n            - name: LOG_LEVEL\n              value: "debug"\n',
      '          env:\n            - name: API_TOKEN\n              value: "$(TOKEN_FROM_INIT)"\n',
    ],
  },
};
