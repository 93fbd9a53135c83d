// One file as every scanner receives it: its format (from the path) and its YAML documents,
// parsed at most once and only when a scanner asks. The parse belongs to this object, not to a
// module, so nothing outlives the file's scan.
import { parseYamlDocuments, type YamlDocuments } from '../../yaml/documents.js';
import type { SourceFile } from '../types.js';
import { classifyPath, type PathKind } from './formats.js';

export interface ParsedSource {
  kind: PathKind;
  /** The file's YAML documents (split once, CRD and schema documents left unparsed). */
  yaml(): YamlDocuments;
}

export function parseSource(file: SourceFile): ParsedSource {
  let documents: YamlDocuments | undefined;
  return {
    kind: classifyPath(file.path),
    yaml: () => (documents ??= parseYamlDocuments(file.text)),
  };
}
