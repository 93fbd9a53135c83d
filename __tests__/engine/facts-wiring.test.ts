// The scan's facts reach the controls: exposure from parsed objects (not docs or values text),
// telemetry evidence from dependency files, and the kinds of the paths a manifest names.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { runCheck } from '../../src/engine/run-check.js';
import { cleanupTrees, makeTree } from '../helpers/tmp-tree.js';

afterAll(cleanupTrees);

const MANIFEST = `apiVersion: readiness-gate/v1
name: svc
tier: production
deployment_boundary: disconnected
telemetry: { logs: true, metrics: true, trace_export: OpenTelemetry }
ownership: { team: t, on_call: pd, escalation: lead, runbook: docs/runbook.md }
release: { image_version: 1.0.0, model_version: m1, rollback_plan: ROLLBACK.md, changelog: CHANGELOG.md }
`;

it('controls see exposure, telemetry evidence and path kinds from the scan', async () => {
  const root = makeTree({
    'svc/readiness.yaml': MANIFEST,
    'svc/requirements.txt': 'opentelemetry-sdk==1.29\n',
    'svc/k8s/ingress.yaml': 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\nspec: {}\n',
    'svc/docs/networking.md': 'kind: Ingress\ntype: LoadBalancer\n',
    'svc/chart/values.yaml': 'service:\n  type: LoadBalancer\n',
    'svc/CHANGELOG.md': '# changes\n',
  });
  mkdirSync(path.join(root, 'svc/docs/runbook.md'));
  execFileSync('mkfifo', [path.join(root, 'svc/ROLLBACK.md')]);
  const report = await runCheck({ root, now: new Date('2026-11-23T00:00:00Z') });
  const control = (id: string) => report.workloads[0]!.controls.find((c) => c.id === id)!;

  expect(control('deployment_boundary').evidence).toEqual([{ path: 'svc/k8s/ingress.yaml', line: 1, detail: 'Ingress/web exposes the workload outside the cluster' }]);
  expect(control('telemetry')).toMatchObject({ status: 'warn', message: expect.stringMatching(/no evidence of metrics\. Must be fixed before general availability\.$/) });
  expect(control('ownership').evidence).toEqual([
    { path: 'svc/readiness.yaml', line: 6, detail: "runbook 'docs/runbook.md' is a directory, not a file (checked svc/docs/runbook.md; paths are relative to the manifest)" },
  ]);
  expect(control('release').message).toBe(
    "Promotion blocked: release of workload 'svc' is not reversible: rollback_plan file svc/ROLLBACK.md is not a regular file (a FIFO, socket or device).",
  );
});
