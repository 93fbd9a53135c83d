// Image references in one file, whatever the format: Dockerfiles, Kubernetes manifests (with
// Argo, Tekton and Knative), Helm values and templates, Kustomize, compose, GitHub workflows.
// Pure and total: a file that cannot be read yields what a line scan finds, never an exception.
//
// Findings: imageFindings(refs, { requireDigest, context }) — ImageReference carries no context,
// so the caller passes the file's (`context: file.context`) or a path → context function;
// without it findings say 'source'. The labelled self-measurement (measureImageCorpus) lives
// with the tests, under __tests__/scanners/images/corpus/, so dist/ never carries it.
import type { ImageReference, SourceFile } from '../types.js';
import { scanDockerfile } from './dockerfile.js';
import { parseSource, type ParsedSource } from '../shared/source.js';
import { lineImages } from './lines.js';
import { scanYamlImages } from './yaml-images.js';

export { parseImageReference, looksLikeImage, hasPlaceholder } from './reference.js';
export type { ParsedImageReference } from './reference.js';
export { imageFindings, IMAGE_RULES } from './findings.js';
export type { ImageFindingOptions } from './findings.js';
export { scanDockerfile } from './dockerfile.js';

function sortAndDedupe(refs: ImageReference[]): ImageReference[] {
  const seen = new Set<string>();
  const out: ImageReference[] = [];
  for (const ref of [...refs].sort((a, b) => a.line - b.line || a.column - b.column)) {
    const key = `${ref.line}:${ref.column}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(ref);
  }
  return out;
}

/** `parsed`: the file's shared parse (scan-file hands the same one to every scanner). */
export function scanImages(file: SourceFile, parsed: ParsedSource = parseSource(file)): ImageReference[] {
  const kind = parsed.kind;
  try {
    switch (kind) {
      case 'dockerfile':
        return sortAndDedupe(scanDockerfile(file).images);
      case 'other':
        return [];
      default:
        return sortAndDedupe(scanYamlImages(file, parsed));
    }
  } catch {
    // Defensive: a bug in a format reader must not stop the scan of the repository.
    if (kind === 'dockerfile' || kind === 'other' || kind === 'json' || kind === 'yaml') return [];
    try {
      return sortAndDedupe(
        lineImages(file, {
          source: kind === 'compose' ? 'compose' : kind === 'github-workflow' ? 'github-workflow' : kind === 'helm-values' ? 'helm-values' : 'kubernetes',
          workflow: kind === 'github-workflow',
        }),
      );
    } catch {
      return [];
    }
  }
}
