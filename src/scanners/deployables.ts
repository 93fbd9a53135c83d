// Everything in one file that gets deployed: one entry per Dockerfile (at the FROM of its final
// stage, or line 1), per compose service (with `image:` or only `build:`), per Kubernetes
// workload. Composes the image and Kubernetes scanners' readers, so they need not import each other.
import type { Deployable, SourceFile } from './types.js';
import { scanDockerfile } from './images/dockerfile.js';
import { scanKubernetes } from './kubernetes/index.js';
import { composeServices, isComposeShaped } from './shared/compose.js';
import { baseName } from './shared/formats.js';
import { parseSource, type ParsedSource } from './shared/source.js';
import { lineOf } from '../yaml/ast.js';
import { lineStartTest } from '../util/literal-search.js';

/** `/^services\s*:/m.test(text)`: a top-level compose `services` key (probe `vices`, see literal-search.ts). */
const SERVICES_KEY = lineStartTest('services', /\s*:/y, 'ser'.length);

/** A name for a Dockerfile deployable: `Dockerfile.worker` → worker, `api/Dockerfile` → api. */
export function dockerfileName(path: string): string {
  const base = baseName(path);
  const suffix = /^(?:dockerfile|containerfile)[._-](.+)$/i.exec(base);
  if (suffix) return suffix[1]!;
  const prefix = /^(.+)[._-](?:dockerfile|containerfile)$/i.exec(base);
  if (prefix) return prefix[1]!;
  const parts = path.replace(/\\/g, '/').split('/').filter(Boolean);
  return parts.length >= 2 ? parts[parts.length - 2]! : base;
}

function composeDeployables(file: SourceFile, source: ParsedSource, byPath: boolean): Deployable[] {
  const out: Deployable[] = [];
  for (const { ctx, broken } of source.yaml().documents) {
    const root = ctx.doc.contents ?? undefined;
    if (broken || !root) continue;
    // A compose file under another name (stack.yml) only counts when it has the compose shape.
    if (!byPath && !isComposeShaped(ctx, root)) continue;
    for (const service of composeServices(ctx, root, byPath)) {
      out.push({ path: file.path, line: lineOf(ctx, service.keyNode) ?? 1, kind: 'compose-service', name: service.name });
    }
  }
  return out;
}

/**
 * `kubernetes`: the Kubernetes workloads of the file when the caller already has them (scan-file
 * runs scanKubernetes once for all its facts); computed here otherwise.
 */
export function scanDeployables(file: SourceFile, source: ParsedSource = parseSource(file), kubernetes?: readonly Deployable[]): Deployable[] {
  try {
    const kind = source.kind;
    if (kind === 'dockerfile') {
      const { stages } = scanDockerfile(file);
      const last = stages[stages.length - 1];
      return [{ path: file.path, line: last?.line ?? 1, kind: 'dockerfile', name: dockerfileName(file.path) }];
    }
    if (kind === 'compose') return composeDeployables(file, source, true);
    const deployables = [...(kubernetes ?? scanKubernetes(file, source).deployables)];
    if (deployables.length === 0 && kind === 'yaml' && SERVICES_KEY(file.text)) return composeDeployables(file, source, false);
    return deployables;
  } catch {
    return [];
  }
}
