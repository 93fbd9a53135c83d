// Runs every scanner over one file. Pure: text in, facts out.
import { scanExposure } from './evidence/exposure.js';
import { scanTelemetry } from './evidence/telemetry.js';
import { scanImages, imageFindings } from './images/index.js';
import { scanDeployables, scanKubernetes } from './kubernetes/index.js';
import { scanSecrets, type SecretScanOptions } from './secrets/index.js';
import { emptyFacts, type FileFacts, type SourceFile } from './types.js';
import { appendAll } from '../util/append.js';

export interface ScanOptions {
  secrets: SecretScanOptions;
  requireDigest: boolean;
}

export function scanFile(file: SourceFile, options: ScanOptions): FileFacts {
  const facts = emptyFacts();
  appendAll(facts.findings, scanSecrets(file, options.secrets));
  const images = scanImages(file);
  appendAll(facts.images, images);
  appendAll(facts.findings, imageFindings(images, { requireDigest: options.requireDigest, context: file.context }));
  const k8s = scanKubernetes(file);
  appendAll(facts.containers, k8s.containers);
  appendAll(facts.networkPolicies, k8s.networkPolicies);
  appendAll(facts.deployables, dedupeDeployables([...k8s.deployables, ...scanDeployables(file)]));
  appendAll(facts.telemetry, scanTelemetry(file));
  appendAll(facts.exposures, scanExposure(file));
  return facts;
}

function dedupeDeployables(list: FileFacts['deployables']): FileFacts['deployables'] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = `${d.path}:${d.line}:${d.kind}:${d.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
