// Hardening checks for one container of a pod, with the line of the evidence.
// A check's `line` is the offending (or satisfying) key; when the setting is absent, the
// container's `name:` line, which is where a reviewer would add it.
import type { Node, Scalar, YAMLMap } from 'yaml';
import type { HardeningCheck } from '../types.js';
import {
  asMap,
  boolValue,
  entry,
  get,
  lineOf,
  numberValue,
  scalarText,
  stringValue,
  type AstContext,
} from '../../yaml/ast.js';
import type { ContainerNode, PodView } from './objects.js';

interface Setting {
  value: Node | undefined;
  keyNode: Scalar;
  line: number;
}

function setting(ctx: AstContext, maps: (YAMLMap | undefined)[], key: string): Setting | undefined {
  for (const map of maps) {
    if (!map) continue;
    const found = entry(ctx, map, key);
    if (found) return { value: found.value, keyNode: found.keyNode, line: lineOf(ctx, found.keyNode) ?? 1 };
  }
  return undefined;
}

export function containerLine(ctx: AstContext, container: ContainerNode): number {
  const name = entry(ctx, container.node, 'name');
  return (name ? lineOf(ctx, name.keyNode) : undefined) ?? lineOf(ctx, container.node) ?? 1;
}

export function hardeningChecks(ctx: AstContext, pod: PodView, container: ContainerNode): HardeningCheck[] {
  const home = containerLine(ctx, container);
  const own = asMap(ctx, get(ctx, container.node, 'securityContext'));
  const template = pod.stepTemplate ? asMap(ctx, get(ctx, pod.stepTemplate, 'securityContext')) : undefined;
  const containerContexts = [own, template];
  const allContexts = [...containerContexts, ...pod.podSecurityContexts];
  const checks: HardeningCheck[] = [];

  // run-as-non-root: the container's setting wins over the pod's.
  {
    const user = setting(ctx, allContexts, 'runAsUser');
    const nonRoot = setting(ctx, allContexts, 'runAsNonRoot');
    const uid = user ? numberValue(ctx, user.value) : undefined;
    const flag = nonRoot ? boolValue(ctx, nonRoot.value) : undefined;
    if (user && uid === 0) {
      checks.push({
        id: 'run-as-non-root',
        ok: false,
        line: user.line,
        detail: 'securityContext.runAsUser is 0 (root); set a non-zero UID and runAsNonRoot: true',
      });
    } else if (user && uid !== undefined && uid > 0) {
      checks.push({ id: 'run-as-non-root', ok: true, line: user.line, detail: `runs as UID ${uid}` });
    } else if (nonRoot && flag === true) {
      checks.push({ id: 'run-as-non-root', ok: true, line: nonRoot.line, detail: 'securityContext.runAsNonRoot is true' });
    } else if (nonRoot && flag === false) {
      checks.push({
        id: 'run-as-non-root',
        ok: false,
        line: nonRoot.line,
        detail: 'securityContext.runAsNonRoot is false; set runAsNonRoot: true (and a non-zero runAsUser)',
      });
    } else {
      checks.push({
        id: 'run-as-non-root',
        ok: false,
        line: home,
        detail: 'may run as root: set securityContext.runAsNonRoot: true (and a non-zero runAsUser) on the container or the pod',
      });
    }
  }

  // no-privilege-escalation
  {
    const found = setting(ctx, containerContexts, 'allowPrivilegeEscalation');
    const value = found ? boolValue(ctx, found.value) : undefined;
    checks.push(
      value === false
        ? { id: 'no-privilege-escalation', ok: true, line: found!.line, detail: 'allowPrivilegeEscalation is false' }
        : {
            id: 'no-privilege-escalation',
            ok: false,
            line: found?.line ?? home,
            detail:
              value === true
                ? 'allowPrivilegeEscalation is true; set securityContext.allowPrivilegeEscalation: false'
                : 'set securityContext.allowPrivilegeEscalation: false on the container',
          },
    );
  }

  // read-only-root-fs
  {
    const found = setting(ctx, containerContexts, 'readOnlyRootFilesystem');
    const value = found ? boolValue(ctx, found.value) : undefined;
    checks.push(
      value === true
        ? { id: 'read-only-root-fs', ok: true, line: found!.line, detail: 'readOnlyRootFilesystem is true' }
        : {
            id: 'read-only-root-fs',
            ok: false,
            line: found?.line ?? home,
            detail:
              'set securityContext.readOnlyRootFilesystem: true (mount an emptyDir where the process must write)',
          },
    );
  }

  // not-privileged
  {
    const found = setting(ctx, containerContexts, 'privileged');
    const value = found ? boolValue(ctx, found.value) : undefined;
    checks.push(
      value === true
        ? {
            id: 'not-privileged',
            ok: false,
            line: found!.line,
            detail: 'privileged: true gives the container full access to the node; remove it and add only the capabilities it needs',
          }
        : { id: 'not-privileged', ok: true, line: found?.line ?? home, detail: 'not privileged' },
    );
  }

  // no-host-namespaces (pod level)
  {
    const offending: Setting[] = [];
    const names: string[] = [];
    for (const key of ['hostNetwork', 'hostPID', 'hostIPC']) {
      const found = setting(ctx, pod.hostSources, key);
      if (found && boolValue(ctx, found.value) === true) {
        offending.push(found);
        names.push(key);
      }
    }
    checks.push(
      offending.length > 0
        ? {
            id: 'no-host-namespaces',
            ok: false,
            line: offending[0]!.line,
            detail: `the pod shares the node's namespaces (${names.join(', ')}: true); remove ${names.length > 1 ? 'them' : 'it'}`,
          }
        : { id: 'no-host-namespaces', ok: true, line: home, detail: 'no hostNetwork, hostPID or hostIPC' },
    );
  }

  // no-host-path (pod level)
  {
    let found: { line: number; volume: string; path: string } | undefined;
    for (const volume of pod.volumes) {
      const hostPath = entry(ctx, volume, 'hostPath');
      if (!hostPath) continue;
      found = {
        line: lineOf(ctx, hostPath.keyNode) ?? home,
        volume: stringValue(ctx, get(ctx, volume, 'name')) ?? '<unnamed>',
        path: scalarText(ctx, get(ctx, hostPath.value, 'path')) ?? '?',
      };
      break;
    }
    checks.push(
      found
        ? {
            id: 'no-host-path',
            ok: false,
            line: found.line,
            detail: `volume '${found.volume}' mounts the node's ${found.path} (hostPath); use emptyDir, a ConfigMap or a PersistentVolumeClaim`,
          }
        : { id: 'no-host-path', ok: true, line: home, detail: 'no hostPath volumes' },
    );
  }

  // resources
  {
    const resourcesEntry =
      entry(ctx, container.node, 'resources') ??
      entry(ctx, container.node, 'computeResources') ??
      (pod.stepTemplate ? entry(ctx, pod.stepTemplate, 'resources') ?? entry(ctx, pod.stepTemplate, 'computeResources') : undefined);
    const resources = resourcesEntry ? asMap(ctx, resourcesEntry.value) : undefined;
    const resourcesLine = resourcesEntry ? lineOf(ctx, resourcesEntry.keyNode) ?? home : home;
    const requestsEntry = resources ? entry(ctx, resources, 'requests') : undefined;
    const limitsEntry = resources ? entry(ctx, resources, 'limits') : undefined;
    const has = (map: Node | undefined, key: string): boolean => {
      const value = get(ctx, map, key);
      return value !== undefined && scalarText(ctx, value) !== undefined && scalarText(ctx, value) !== '';
    };
    const missingRequests = ['cpu', 'memory'].filter((key) => !has(requestsEntry?.value, key));
    checks.push(
      missingRequests.length === 0
        ? { id: 'resource-requests', ok: true, line: lineOf(ctx, requestsEntry!.keyNode) ?? resourcesLine, detail: 'cpu and memory requests set' }
        : {
            id: 'resource-requests',
            ok: false,
            line: requestsEntry ? lineOf(ctx, requestsEntry.keyNode) ?? resourcesLine : resourcesLine,
            detail: `set resources.requests.${missingRequests.join(' and resources.requests.')} so the scheduler can place the pod`,
          },
    );
    const memoryLimit = has(limitsEntry?.value, 'memory');
    checks.push(
      memoryLimit
        ? { id: 'resource-limits', ok: true, line: lineOf(ctx, limitsEntry!.keyNode) ?? resourcesLine, detail: 'memory limit set' }
        : {
            id: 'resource-limits',
            ok: false,
            line: limitsEntry ? lineOf(ctx, limitsEntry.keyNode) ?? resourcesLine : resourcesLine,
            detail: 'set resources.limits.memory so one container cannot exhaust the node',
          },
    );
  }

  // probes
  {
    const exemptReason =
      container.role === 'init' && !container.restartAlways
        ? 'not required for init containers'
        : container.role === 'step'
          ? 'not applicable: pipeline steps run to completion'
          : pod.runToCompletion
            ? `not applicable: ${pod.object.kind} containers run to completion`
            : undefined;
    for (const [id, key] of [
      ['liveness-probe', 'livenessProbe'],
      ['readiness-probe', 'readinessProbe'],
    ] as const) {
      const found = entry(ctx, container.node, key);
      if (found && asMap(ctx, found.value)) {
        checks.push({ id, ok: true, line: lineOf(ctx, found.keyNode) ?? home, detail: `${key} set` });
      } else if (exemptReason) {
        checks.push({ id, ok: true, line: home, detail: exemptReason });
      } else {
        checks.push({
          id,
          ok: false,
          line: home,
          detail:
            id === 'liveness-probe'
              ? 'add a livenessProbe so a hung process is restarted'
              : 'add a readinessProbe so traffic waits until the container is ready',
        });
      }
    }
  }
  return checks;
}
