import { scanExposure } from '../../../src/scanners/evidence/exposure.js';
import { parseSource } from '../../../src/scanners/shared/source.js';

const scan = (path: string, text: string) => {
  const file = { path, text, context: 'source' as const };
  return scanExposure(file, parseSource(file));
};

const SERVICE = (type: string, annotations = '') => `apiVersion: v1
kind: Service
metadata:
  name: api
${annotations}spec:
  type: ${type}
  ports: [{ port: 80 }]
`;

describe('public exposure from parsed Kubernetes objects', () => {
  it('an Ingress is exposure, at its line', () => {
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata: { name: c }\n---\napiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\nspec: {}\n`;
    expect(scan('k8s/all.yaml', text)).toEqual([{ path: 'k8s/all.yaml', line: 5, kind: 'Ingress', name: 'web', via: 'Ingress' }]);
  });

  it.each(['LoadBalancer', 'NodePort'])('a Service of type %s is exposure', (type) => {
    expect(scan('k8s/svc.yaml', SERVICE(type))).toEqual([{ path: 'k8s/svc.yaml', line: 1, kind: 'Service', name: 'api', via: type }]);
  });

  it.each(['ClusterIP', 'ExternalName'])('a Service of type %s is not', (type) => {
    expect(scan('k8s/svc.yaml', SERVICE(type))).toEqual([]);
  });

  it('a Service without a type is ClusterIP', () => {
    expect(scan('k8s/svc.yaml', 'apiVersion: v1\nkind: Service\nmetadata: { name: api }\nspec: { ports: [{ port: 80 }] }\n')).toEqual([]);
  });

  it.each([
    ['service.beta.kubernetes.io/azure-load-balancer-internal', '"true"'],
    ['service.beta.kubernetes.io/aws-load-balancer-scheme', 'internal'],
    ['networking.gke.io/load-balancer-type', 'Internal'],
  ])('an internal load balancer (%s) is recorded as such', (key, value) => {
    const text = SERVICE('LoadBalancer', `  annotations:\n    ${key}: ${value}\n`);
    expect(scan('k8s/svc.yaml', text)).toEqual([{ path: 'k8s/svc.yaml', line: 1, kind: 'Service', name: 'api', via: 'LoadBalancer', internalAnnotation: key }]);
  });

  it('an annotation saying false keeps the load balancer public', () => {
    const text = SERVICE('LoadBalancer', '  annotations:\n    service.beta.kubernetes.io/azure-load-balancer-internal: "false"\n');
    expect(scan('k8s/svc.yaml', text)[0]).not.toHaveProperty('internalAnnotation');
  });

  it('text in docs, Helm values and Helm templates is not exposure', () => {
    expect(scan('docs/networking.md', 'kind: Ingress\ntype: LoadBalancer\n')).toEqual([]);
    expect(scan('chart/values.yaml', 'service:\n  type: LoadBalancer\ningress:\n  enabled: true\n')).toEqual([]);
    expect(scan('chart/templates/ingress.yaml', '{{- if .Values.ingress.enabled }}\napiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: {{ .Release.Name }}\n{{- end }}\n')).toEqual([]);
  });

  it('an object of another API group named Ingress or Service is not', () => {
    expect(scan('k8s/knative.yaml', 'apiVersion: serving.knative.dev/v1\nkind: Service\nmetadata: { name: api }\nspec: { type: LoadBalancer }\n')).toEqual([]);
    expect(scan('k8s/x.yaml', 'apiVersion: example.com/v1\nkind: Ingress\nmetadata: { name: web }\n')).toEqual([]);
  });

  it('broken YAML gives no facts and no crash', () => {
    expect(scan('k8s/bad.yaml', 'apiVersion: v1\nkind: Service\nspec: [unclosed\n')).toEqual([]);
  });
});
