// Line-based extraction for YAML that cannot be parsed: Helm templates (`{{ }}` is not YAML),
// and broken files. Reads `image:` keys (strings, or a block of registry/repository/tag/digest)
// and, for GitHub workflows, `uses: docker://` and `container:` strings. Never throws.
import type { ImageReference, ImageSource, SourceFile } from '../types.js';
import { hasPlaceholder, looksLikeImage, parseImageReference } from './reference.js';
import { splitLines } from '../shared/split-lines.js';

export interface LineOptions {
  source: ImageSource;
  /** 1-based inclusive range of lines to read; the whole file by default. */
  fromLine?: number;
  toLine?: number;
  /** Also read `uses: docker://...` and `container: image` (GitHub workflows). */
  workflow?: boolean;
  /** Keys ending in `image` (Helm values: `initImage: busybox:1.36`), not only `image`. */
  anyImageKey?: boolean;
  /** `image:` blocks may name the image with `name:` (GitLab, Bitbucket, CircleCI-style CI files). */
  namedBlocks?: boolean;
}

const KEY_LINE = /^(\s*)((?:-\s+)*)(["']?)([A-Za-z_][\w.-]*)\3\s*:(?:\s+(.*))?$/;

/** Cuts a trailing ` # comment` that is outside quotes and template braces. */
function stripComment(value: string): string {
  let quote: string | undefined;
  let braces = 0;
  for (let index = 0; index < value.length; index++) {
    const char = value[index]!;
    if (quote) {
      if (char === quote) quote = undefined;
      continue;
    }
    if (char === '"' || char === "'") quote = char;
    else if (char === '{') braces++;
    else if (char === '}') braces = Math.max(0, braces - 1);
    else if (char === '#' && braces === 0 && (index === 0 || /\s/.test(value[index - 1]!))) {
      return value.slice(0, index).trimEnd();
    }
  }
  return value.trimEnd();
}

function unquoteWithShift(value: string): { text: string; shift: number } {
  const trimmed = value.trim();
  if (trimmed.length >= 2 && (trimmed[0] === '"' || trimmed[0] === "'") && trimmed[trimmed.length - 1] === trimmed[0]) {
    return { text: trimmed.slice(1, -1), shift: 1 };
  }
  return { text: trimmed, shift: 0 };
}

/**
 * Every reference starts at a key line whose key is one of these words (`image`, or any key ending
 * in it, `uses`, `container`, `services`): a line, or a file, without one holds none.
 */
function keyNeedle(options: LineOptions): RegExp {
  if (options.workflow || options.namedBlocks) return /image|uses|container|services/i;
  return options.anyImageKey ? /image/i : /image/;
}

export function lineImages(file: SourceFile, options: LineOptions): ImageReference[] {
  const needle = keyNeedle(options);
  if (!needle.test(file.text)) return [];
  const lines = splitLines(file.text);
  const from = Math.max(1, options.fromLine ?? 1);
  const to = Math.min(lines.length, options.toLine ?? lines.length);
  const out: ImageReference[] = [];

  const push = (line: number, column: number, image: string, forceUnresolved = false): void => {
    const status = forceUnresolved || hasPlaceholder(image) ? 'unresolved' : parseImageReference(image).status;
    out.push({ path: file.path, line, column, image, status, source: options.source });
  };

  for (let lineNumber = from; lineNumber <= to; lineNumber++) {
    const raw = lines[lineNumber - 1]!;
    if (!raw.includes(':') || !needle.test(raw) || /^\s*#/.test(raw)) continue;
    const match = KEY_LINE.exec(raw);
    if (!match) continue;
    const indent = match[1]!.length + match[2]!.length;
    const key = match[4]!;
    const rawValue = match[5] ?? '';
    const valueStart = raw.length - rawValue.length;
    const value = stripComment(rawValue);
    const isImageKey = key === 'image' || (options.anyImageKey === true && /image$/i.test(key));

    if (options.workflow && key === 'uses') {
      const { text, shift } = unquoteWithShift(value);
      if (/^docker:\/\//.test(text)) {
        push(lineNumber, valueStart + 1 + shift + 'docker://'.length, text.slice('docker://'.length));
      }
      continue;
    }
    if (options.namedBlocks && key === 'services' && value === '') {
      const block = serviceItems(lines, lineNumber, indent, to);
      for (const item of block.items) push(item.line, item.column, item.text);
      // Resume after the list: each line is read once, whatever the nesting.
      lineNumber = Math.max(lineNumber, block.end);
      continue;
    }
    if (options.workflow && key === 'container' && value !== '') {
      const { text, shift } = unquoteWithShift(value);
      if (looksLikeImage(text)) push(lineNumber, valueStart + 1 + shift, text);
      continue;
    }
    if (!isImageKey) continue;

    if (value === '') {
      // A block: registry / repository / tag / digest on the following, more indented lines.
      const block = readBlock(lines, lineNumber, indent, to, options.namedBlocks === true);
      if (!block.repository) continue;
      const repo = block.repository;
      const registry = block.registry?.text;
      const tag = block.tag?.text;
      const digest = block.digest?.text;
      let image = registry && !repo.text.startsWith(`${registry}/`) ? `${registry}/${repo.text}` : repo.text;
      const repoHasTag = /:[^/]*$/.test(repo.text) || repo.text.includes('@');
      if (tag) image += `:${tag}`;
      if (digest) image += `@${digest}`;
      // Helm: without tag or digest the chart's appVersion decides. CI `name:` holds the whole reference.
      const unresolved = options.namedBlocks !== true && !tag && !digest && !repoHasTag;
      push(repo.line, repo.column, image, unresolved);
      continue;
    }
    if (/^[|>]/.test(value) || (value.startsWith('{') && !value.startsWith('{{')) || value.startsWith('[')) continue;
    const anchorless = value.replace(/^&\S+\s+/, '');
    if (anchorless.startsWith('*')) continue;
    const shiftAnchor = value.length - anchorless.length;
    const { text, shift } = unquoteWithShift(anchorless);
    if (!looksLikeImage(text)) continue;
    push(lineNumber, valueStart + 1 + shiftAnchor + shift, text);
  }
  return out;
}

/**
 * GitLab-style `services:` list: `- image` or `- name: image` items. Only the list's own items
 * count, so a service's `command:` list (`- something:like-a-tag`) is not read as an image.
 */
function serviceItems(lines: string[], keyLine: number, keyIndent: number, to: number): { items: BlockValue[]; end: number } {
  const out: BlockValue[] = [];
  let itemIndent: number | undefined;
  let end = keyLine;
  for (let lineNumber = keyLine + 1; lineNumber <= to; lineNumber++) {
    const raw = lines[lineNumber - 1]!;
    if (raw.trim() === '' || /^\s*#/.test(raw)) continue;
    const indent = raw.length - raw.trimStart().length;
    if (indent <= keyIndent && !(indent === keyIndent && raw.trimStart().startsWith('-'))) break;
    end = lineNumber;
    const item = /^(\s*)-\s+(.*)$/.exec(raw);
    // Item content starts two columns after the dash (`- name:` then `  alias:`).
    const contentIndent = item ? item[1]!.length + raw.slice(item[1]!.length).search(/[^-\s]/) : indent;
    if (item) itemIndent ??= item[1]!.length;
    if (itemIndent === undefined) {
      end = lineNumber - 1;
      break;
    }
    if (item && item[1]!.length !== itemIndent) continue;
    if (!item && indent !== itemIndent + 2) continue;
    const body = raw.slice(contentIndent);
    const named = /^name\s*:\s+(.*)$/.exec(body);
    const valueText = named ? named[1]! : item && !/^["']?[A-Za-z_][\w.-]*["']?\s*:(?:\s|$)/.test(body) ? body : undefined;
    if (valueText === undefined) continue;
    const { text, shift } = unquoteWithShift(stripComment(valueText));
    if (text === '' || !looksLikeImage(text)) continue;
    out.push({ text, line: lineNumber, column: raw.length - valueText.length + 1 + shift });
  }
  return { items: out, end };
}

interface BlockValue {
  text: string;
  line: number;
  column: number;
}

function readBlock(
  lines: string[],
  keyLine: number,
  keyIndent: number,
  to: number,
  named: boolean,
): { registry?: BlockValue; repository?: BlockValue; tag?: BlockValue; digest?: BlockValue } {
  const found: { registry?: BlockValue; repository?: BlockValue; tag?: BlockValue; digest?: BlockValue } = {};
  for (let lineNumber = keyLine + 1; lineNumber <= to; lineNumber++) {
    const raw = lines[lineNumber - 1]!;
    if (raw.trim() === '' || /^\s*#/.test(raw)) continue;
    const indent = raw.length - raw.trimStart().length;
    if (indent <= keyIndent) break;
    const match = /^\s*([A-Za-z_]+)\s*:\s*(.*)$/.exec(raw);
    if (!match) continue;
    const key = match[1]!;
    const slot = key === 'repository' || key === 'repo' || (named && key === 'name') ? 'repository' : key === 'registry' || key === 'tag' || key === 'digest' ? key : undefined;
    if (!slot) continue;
    const rawValue = match[2]!;
    const value = stripComment(rawValue);
    const { text, shift } = unquoteWithShift(value);
    if (text === '' || text === 'null' || text === '~') continue;
    found[slot] = { text, line: lineNumber, column: raw.length - rawValue.length + 1 + shift };
  }
  return found;
}
