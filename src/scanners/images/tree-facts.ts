// Per-file facts that only mean something across files, collected during the (threaded) scan and
// resolved by ./deployed.ts afterwards: what a kustomization includes and which images it
// overrides, and a Helm chart's appVersion.
import type { ChartFacts, KustomizationFacts, KustomizeImageEntry, SourceFile } from '../types.js';
import { baseName } from '../shared/formats.js';
import type { ParsedSource } from '../shared/source.js';
import { get, positionOf, scalarText, seqItems, stringValue, type AstContext } from '../../yaml/ast.js';
import type { Node } from 'yaml';
import { unquote } from './reference.js';
import { lineStartTest } from '../../util/literal-search.js';

function isKustomizationRoot(ctx: AstContext, root: Node | undefined, byPath: boolean): boolean {
  const kind = stringValue(ctx, get(ctx, root, 'kind'));
  const apiVersion = stringValue(ctx, get(ctx, root, 'apiVersion')) ?? '';
  if (kind === 'Kustomization' || kind === 'Component') return byPath || apiVersion.startsWith('kustomize.config.k8s.io/');
  return byPath && kind === undefined;
}

function strings(ctx: AstContext, node: Node | undefined): string[] {
  return seqItems(ctx, node)
    .map((item) => stringValue(ctx, item)?.trim())
    .filter((value): value is string => value !== undefined && value !== '');
}

/** Patch files: `patchesStrategicMerge: [file]`, `patchesJson6902: [{path}]`, `patches: [{path}]` or `[file]`. */
function patchFiles(ctx: AstContext, root: Node | undefined): string[] {
  const out = strings(ctx, get(ctx, root, 'patchesStrategicMerge')).filter((entry) => !entry.includes('\n'));
  for (const key of ['patchesJson6902', 'patches']) {
    for (const item of seqItems(ctx, get(ctx, root, key))) {
      const path = stringValue(ctx, item) ?? stringValue(ctx, get(ctx, item, 'path'));
      if (path && !path.includes('\n')) out.push(path.trim());
    }
  }
  return out;
}

function imageEntries(ctx: AstContext, root: Node | undefined): KustomizeImageEntry[] {
  const out: KustomizeImageEntry[] = [];
  for (const item of seqItems(ctx, get(ctx, root, 'images'))) {
    const nameNode = get(ctx, item, 'name');
    const name = scalarText(ctx, nameNode)?.trim();
    const position = positionOf(ctx, nameNode ?? item);
    if (!name || !position) continue;
    const entry: KustomizeImageEntry = { name, line: position.line, column: position.column };
    const newName = scalarText(ctx, get(ctx, item, 'newName'))?.trim();
    const newTag = scalarText(ctx, get(ctx, item, 'newTag'))?.trim();
    const digest = scalarText(ctx, get(ctx, item, 'digest'))?.trim();
    if (newName) entry.newName = newName;
    if (newTag) entry.newTag = newTag;
    if (digest) entry.digest = digest;
    out.push(entry);
  }
  return out;
}

/** `/^kind:\s*["']?(?:Kustomization|Component)\b/m.test(text)`: a document of one of those kinds. */
const KUSTOMIZATION_KIND = lineStartTest('kind:', /\s*["']?(?:Kustomization|Component)\b/y);

/** The kustomization a file is (kustomization.yaml, or a document of kind Kustomization/Component), if any. */
export function kustomizationFacts(file: SourceFile, source: ParsedSource): KustomizationFacts | undefined {
  const byPath = source.kind === 'kustomize' || /^kustomization$/i.test(baseName(file.path));
  if (!byPath && !KUSTOMIZATION_KIND(file.text)) return undefined;
  if (source.kind !== 'kustomize' && source.kind !== 'yaml') return undefined;
  for (const { ctx, broken } of source.yaml().documents) {
    const root = ctx.doc.contents ?? undefined;
    if (broken || !root || !isKustomizationRoot(ctx, root, byPath)) continue;
    return {
      path: file.path,
      resources: [...strings(ctx, get(ctx, root, 'resources')), ...strings(ctx, get(ctx, root, 'bases')), ...patchFiles(ctx, root)],
      components: strings(ctx, get(ctx, root, 'components')),
      images: imageEntries(ctx, root),
    };
  }
  return undefined;
}

const APP_VERSION = /^appVersion[ \t]*:[ \t]*(.*?)[ \t]*(?:#.*)?$/m;

/** A Chart.yaml's appVersion (read by line: the file is small and flat). */
export function chartFacts(file: SourceFile): ChartFacts | undefined {
  if (!/^Chart\.ya?ml$/.test(baseName(file.path))) return undefined;
  if (!/^apiVersion\s*:/m.test(file.text) || !/^name\s*:/m.test(file.text)) return undefined;
  const match = APP_VERSION.exec(file.text);
  const chart: ChartFacts = { path: file.path, line: 1, column: 1 };
  if (!match) return chart;
  const before = file.text.slice(0, match.index);
  chart.line = before.split('\n').length;
  const value = unquote(match[1]!);
  chart.column = match[0].indexOf(match[1]!) + 1;
  if (value !== '' && value !== '~' && value !== 'null') chart.appVersion = value;
  return chart;
}
