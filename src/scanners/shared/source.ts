// One file as every scanner receives it: its format (from the path) and its YAML documents,
// parsed at most once and only when a scanner asks. The parse belongs to this object, not to a
// module, so nothing outlives the file's scan.
import { parseYamlDocuments, type YamlDocuments } from '../../yaml/documents.js';
import { DEFAULT_YAML_LIMITS } from '../../yaml/safe-yaml.js';
import type { SourceFile } from '../types.js';
import { classifyPath, type PathKind } from './formats.js';
import { isUnreadJsonRoot } from './json-roots.js';
import { enterPhase, leavePhase } from '../../util/phase-times.js';

export interface ParsedSource {
  kind: PathKind;
  /** The file's YAML documents (split once, CRD and schema documents left unparsed). */
  yaml(): YamlDocuments;
}

export function parseSource(file: SourceFile): ParsedSource {
  let documents: YamlDocuments | undefined;
  const kind = classifyPath(file.path);
  return {
    kind,
    yaml: () => (documents ??= parseOnce(file.text, kind)),
  };
}

function parseOnce(text: string, kind: PathKind): YamlDocuments {
  const outer = enterPhase('yaml parse');
  try {
    return kind === 'json' && isUnreadJson(text) ? UNREAD_JSON() : parseYamlDocuments(text);
  } finally {
    leavePhase(outer);
  }
}

/** A JSON file under the size limit whose root no scanner reads (over it, it is refused as before). */
function isUnreadJson(text: string): boolean {
  return Buffer.byteLength(text, 'utf8') <= DEFAULT_YAML_LIMITS.maxBytes && isUnreadJsonRoot(text);
}

const UNREAD_JSON = (): YamlDocuments => ({ documents: [], skipped: 1, refused: false });
