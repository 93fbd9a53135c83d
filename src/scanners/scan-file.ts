// Runs every scanner over one file. Pure: text in, facts out. The file is parsed once (see
// shared/source.ts) and that parse is handed to each scanner that reads YAML.
import { scanExposure } from './evidence/exposure.js';
import { scanTelemetry } from './evidence/telemetry.js';
import { scanImages, imageFindings } from './images/index.js';
import { kustomizationFacts, chartFacts } from './images/tree-facts.js';
import { scanKubernetes } from './kubernetes/index.js';
import { scanDeployables } from './deployables.js';
import { scanSecrets, type SecretScanOptions } from './secrets/index.js';
import { parseSource } from './shared/source.js';
import { emptyFacts, type FileFacts, type SourceFile } from './types.js';
import { appendAll } from '../util/append.js';
import { enterPhase, leavePhase } from '../util/phase-times.js';

export interface ScanOptions {
  secrets: SecretScanOptions;
  requireDigest: boolean;
}

export function scanFile(file: SourceFile, options: ScanOptions): FileFacts {
  const facts = emptyFacts();
  const outer = enterPhase('secret rules');
  appendAll(facts.findings, scanSecrets(file, options.secrets));
  enterPhase('image scanners');
  const parsed = parseSource(file);
  const images = scanImages(file, parsed);
  appendAll(facts.images, images);
  appendAll(facts.findings, imageFindings(images, { requireDigest: options.requireDigest, context: file.context }));
  const kustomization = kustomizationFacts(file, parsed);
  if (kustomization) facts.kustomizations.push(kustomization);
  const chart = chartFacts(file);
  if (chart) facts.charts.push(chart);
  enterPhase('kubernetes');
  const k8s = scanKubernetes(file, parsed);
  appendAll(facts.containers, k8s.containers);
  appendAll(facts.networkPolicies, k8s.networkPolicies);
  enterPhase('evidence');
  appendAll(facts.deployables, dedupeDeployables(scanDeployables(file, parsed, k8s.deployables)));
  appendAll(facts.telemetry, scanTelemetry(file));
  appendAll(facts.exposures, scanExposure(file, parsed));
  leavePhase(outer);
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
