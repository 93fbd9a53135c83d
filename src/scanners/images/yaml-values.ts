// Shared by the YAML image readers: an image value node, where it starts, and the reference it
// makes. Kept apart so the format readers (Kubernetes, CI, Tekton) do not import each other.
import { isMap, isScalar, type Node } from 'yaml';
import type { ImageReference, ImageSource, SourceFile } from '../types.js';
import { deref, positionAt, positionOf, sourceText, stringValue, type AstContext, type Position } from '../../yaml/ast.js';
import { hasPlaceholder, parseImageReference } from './reference.js';

export function makeRef(
  file: SourceFile,
  position: Position,
  image: string,
  source: ImageSource,
  container?: string,
  forceUnresolved = false,
): ImageReference {
  const ref: ImageReference = {
    path: file.path,
    line: position.line,
    column: position.column,
    image,
    status: forceUnresolved || hasPlaceholder(image) ? 'unresolved' : parseImageReference(image).status,
    source,
  };
  if (container !== undefined) ref.container = container;
  return ref;
}

/**
 * An `image:` value: a string, or a flow map that is really a template (`image: {{ .Values.x }}`
 * parses as a YAML flow mapping).
 */
export function imageValue(ctx: AstContext, node: Node | undefined): { text: string; node: Node } | undefined {
  const target = deref(ctx, node);
  if (!target) return undefined;
  if (isScalar(target)) {
    const text = stringValue(ctx, target);
    return text === undefined ? undefined : { text: text.trim(), node: target };
  }
  if (isMap(target) && target.flow) {
    const raw = sourceText(ctx, target)?.trim();
    if (raw && raw.startsWith('{{')) return { text: raw, node: target };
  }
  return undefined;
}

/**
 * Where a value's text starts. Block scalars (`bundle: >-` then the value on the next line)
 * start at their indicator; point at the first character of the content instead.
 */
export function valuePosition(ctx: AstContext, node: Node): Position | undefined {
  if (isScalar(node) && (node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL') && node.range) {
    const [start, end] = node.range;
    // Bounded by the node's own range: linear in its size.
    const header = ctx.text.indexOf('\n', start);
    if (header >= 0 && header < end) {
      let offset = header + 1;
      while (offset < end && /\s/.test(ctx.text[offset]!)) offset++;
      if (offset < end) return positionAt(ctx, offset);
    }
  }
  return positionOf(ctx, node);
}

/** `docker://image` (GitHub `uses:`, Bitbucket `pipe:`): the image after the scheme, or nothing. */
export function dockerUriRef(
  file: SourceFile,
  ctx: AstContext,
  node: Node | undefined,
  source: ImageSource,
  container?: string,
): ImageReference | undefined {
  const target = deref(ctx, node);
  const text = stringValue(ctx, target);
  if (!text || !text.trim().startsWith('docker://')) return undefined;
  const position = positionOf(ctx, target);
  if (!position) return undefined;
  const leading = text.length - text.trimStart().length;
  const image = text.trim().slice('docker://'.length);
  if (image === '') return undefined;
  return makeRef(file, { line: position.line, column: position.column + leading + 'docker://'.length }, image, source, container);
}
