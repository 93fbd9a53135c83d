// Kubernetes Secrets and container env values.
import { ALNUM, fake } from './fake.js';
import { hits } from './helpers.js';

const b64 = (s: string): string => Buffer.from(s).toString('base64');

describe('Kubernetes', () => {
  it('a multi-document manifest: only the Secret data values', () => {
    const text = [
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: api-config',
      'data:',
      `  FEATURE_FLAGS: ${b64('checkout,search')}`,
      '---',
      'apiVersion: v1',
      'kind: Secret',
      'metadata:',
      '  name: api-secrets',
      'type: Opaque',
      'data:',
      `  DB_PASSWORD: ${b64(fake(ALNUM, 20, 'k-1'))}`,
      `  API_KEY: ${b64(fake(ALNUM, 32, 'k-2'))}`,
      `  EMPTY: ""`,
      'stringData:',
      `  webhook-secret: "${fake(ALNUM, 28, 'k-3')}"`,
      '  placeholder: "<set-by-ci>"',
    ].join('\n');
    expect(hits(text, 'k8s/api.yaml')).toEqual([
      ['kubernetes-secret-data', 14],
      ['kubernetes-secret-data', 15],
      ['kubernetes-secret-stringdata', 18],
    ]);
  });

  it('a Deployment with a literal env value for a secret-named variable, not valueFrom', () => {
    const text = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '        - name: api',
      '          image: registry.acme.io/api:1.2.3',
      '          env:',
      '            - name: LOG_LEVEL',
      '              value: debug',
      '            - name: STRIPE_WEBHOOK_SECRET',
      `              value: "${fake(ALNUM, 32, 'k-4')}"`,
      '            - name: DB_PASSWORD',
      '              valueFrom:',
      '                secretKeyRef:',
      '                  name: db',
      '                  key: password',
    ].join('\n');
    expect(hits(text, 'k8s/deploy.yaml')).toEqual([['kubernetes-env-literal', 13]]);
  });

  it('SealedSecrets and Helm-templated Secrets are quiet', () => {
    const sealed = `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: db\nspec:\n  encryptedData:\n    password: AgB${fake(ALNUM + '+/', 400, 'k-5')}\n`;
    expect(hits(sealed, 'k8s/sealed.yaml')).toEqual([]);
    const helm = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: {{ .Release.Name }}\ndata:\n  password: {{ .Values.password | b64enc }}\n';
    expect(hits(helm, 'chart/templates/secret.yaml')).toEqual([]);
  });
});
