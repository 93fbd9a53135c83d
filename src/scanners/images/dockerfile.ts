// Dockerfile / Containerfile: FROM, COPY --from and RUN --mount=from= image references.
// Handles parser directives (escape), line continuations, comments inside continuations,
// heredocs, global ARG defaults in FROM, stage names and `scratch`.
import type { ImageReference, SourceFile } from '../types.js';
import { parseImageReference } from './reference.js';
import { splitLines } from '../shared/split-lines.js';

interface Segment {
  /** Offset of this physical line's text inside the logical instruction. */
  start: number;
  line: number;
  /** Column (1-based) of the segment's first character in the physical line. */
  column: number;
}

interface Instruction {
  keyword: string;
  text: string;
  segments: Segment[];
  line: number;
}

interface Token {
  value: string;
  offset: number;
}

export interface DockerfileScan {
  images: ImageReference[];
  /** Stages in order: the alias (lowercased) and the FROM line. */
  stages: { name?: string; line: number; image: string }[];
}

interface Directives {
  escape: string;
  /** `# syntax=docker/dockerfile:1`: the frontend image BuildKit pulls to parse the file. */
  syntax?: { value: string; line: number; column: number };
}

/**
 * Parser directives: `# name=value` lines at the very top, before any instruction, comment or
 * blank line. BuildKit trims leading whitespace first; names are case-insensitive.
 */
function readDirectives(lines: string[]): Directives {
  const found: Directives = { escape: '\\' };
  for (const [index, raw] of lines.entries()) {
    const line = index === 0 ? raw.replace(/^\uFEFF/, '') : raw;
    const directive = /^(\s*#\s*)([a-zA-Z][a-zA-Z0-9]*)(\s*=\s*)(\S+)\s*$/.exec(line);
    if (!directive) break;
    const name = directive[2]!.toLowerCase();
    const value = directive[4]!;
    if (name === 'escape' && (value === '`' || value === '\\')) found.escape = value;
    if (name === 'syntax' && found.syntax === undefined) {
      // Column in the raw line (a BOM, if any, counts as one character).
      const column = raw.length - line.length + directive[1]!.length + directive[2]!.length + directive[3]!.length + 1;
      found.syntax = { value, line: index + 1, column };
    }
  }
  return found;
}

function splitInstructions(text: string): { instructions: Instruction[]; directives: Directives } {
  const lines = splitLines(text);
  const directives = readDirectives(lines);
  const { escape } = directives;
  const out: Instruction[] = [];
  let current: { text: string; segments: Segment[]; line: number } | undefined;
  let heredocs: { word: string; strip: boolean }[] = [];

  const finish = (): void => {
    if (!current) return;
    const match = /^\s*([A-Za-z]+)/.exec(current.text);
    if (match) {
      const keyword = match[1]!.toUpperCase();
      out.push({ keyword, text: current.text, segments: current.segments, line: current.line });
      if (keyword === 'RUN' || keyword === 'COPY' || keyword === 'ADD') {
        heredocs = [];
        const pattern = /<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g;
        let found: RegExpExecArray | null;
        while ((found = pattern.exec(current.text)) !== null) heredocs.push({ word: found[3]!, strip: found[1] === '-' });
      }
    }
    current = undefined;
  };

  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index]!;
    const lineNumber = index + 1;
    if (heredocs.length > 0) {
      const expected = heredocs[0]!;
      const candidate = expected.strip ? raw.replace(/^\t+/, '') : raw;
      if (candidate.trim() === expected.word) heredocs.shift();
      continue;
    }
    const trimmed = raw.trim();
    // Comments and blank lines are dropped, also inside continuations (as Docker does).
    if (trimmed.startsWith('#') || trimmed === '') continue;
    let body = raw;
    let continues = false;
    const trailing = body.replace(/\s+$/, '');
    if (trailing.endsWith(escape)) {
      continues = true;
      body = trailing.slice(0, -1);
    }
    if (!current) current = { text: '', segments: [], line: lineNumber };
    current.segments.push({ start: current.text.length, line: lineNumber, column: 1 });
    current.text += body + (continues ? ' ' : '');
    if (!continues) finish();
  }
  finish();
  return { instructions: out, directives };
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /\S+/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) tokens.push({ value: match[0], offset: match.index });
  return tokens;
}

function locate(instruction: Instruction, offset: number): { line: number; column: number } {
  let segment = instruction.segments[0]!;
  for (const candidate of instruction.segments) {
    if (candidate.start <= offset) segment = candidate;
    else break;
  }
  return { line: segment.line, column: segment.column + (offset - segment.start) };
}

type Vars = Map<string, string | undefined>;

/** Deeper `${A:-${B:-...}}` nesting is left unresolved, which bounds the work to a few passes. */
const MAX_NESTING = 8;
const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;

/** Index of the `}` closing a `${` whose body starts at `from`; -1 when there is none. */
function closingBrace(text: string, from: number): number {
  let depth = 0;
  for (let index = from; index < text.length; index++) {
    const char = text[index]!;
    if (char === "'" || char === '"') {
      const close = text.indexOf(char, index + 1);
      if (close < 0) return -1;
      index = close;
    } else if (char === '$' && text[index + 1] === '{') {
      depth++;
      index++;
    } else if (char === '}') {
      if (depth === 0) return index;
      depth--;
    }
  }
  return -1;
}

function expandBraced(body: string, vars: Vars, depth: number): { value: string; resolved: boolean } {
  const match = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([\s\S]*))?$/.exec(body);
  // ${var#pattern}, ${var/a/b} and other forms we do not evaluate.
  if (!match) return { value: `\${${body}}`, resolved: false };
  const [, name, op, word] = match as unknown as [string, string, string | undefined, string | undefined];
  const known = vars.has(name);
  const current = vars.get(name);
  const expandWord = (): { value: string; resolved: boolean } =>
    depth < MAX_NESTING ? expandVariables(word ?? '', vars, depth + 1) : { value: word ?? '', resolved: false };
  if (op === ':-' || op === '-') {
    const useCurrent = known && current !== undefined && (op === '-' || current !== '');
    return useCurrent ? { value: current!, resolved: true } : expandWord();
  }
  if (op === ':+' || op === '+') {
    // Unset at build time unless passed with --build-arg; nothing we can know.
    if (!known || current === undefined) return { value: '', resolved: known };
    if (op === ':+' && current === '') return { value: '', resolved: true };
    return expandWord();
  }
  if (known && current !== undefined) return { value: current, resolved: true };
  return { value: `\${${body}}`, resolved: false };
}

/**
 * Expands `$VAR`, `${VAR}`, `${VAR:-word}`, `${VAR:+word}` and removes quotes the way
 * Docker's word lexer does: single quotes are literal, double quotes only group (so
 * `ARG REF=${REF:-"nginx:1.27"}` is `nginx:1.27`). Unknown variables leave it unresolved.
 * Linear per nesting level: each `${` is matched once, then its body is expanded once.
 */
export function expandVariables(text: string, vars: Vars, depth = 0): { value: string; resolved: boolean } {
  let value = '';
  let resolved = true;
  let inDouble = false;
  let index = 0;
  while (index < text.length) {
    const char = text[index]!;
    const next = text[index + 1];
    if (char === '\\' && (next === '$' || (inDouble && (next === '"' || next === '\\')))) {
      value += next;
      index += 2;
    } else if (char === "'" && !inDouble) {
      const close = text.indexOf("'", index + 1);
      if (close < 0) {
        value += text.slice(index); // unterminated: keep it as written
        break;
      }
      value += text.slice(index + 1, close);
      index = close + 1;
    } else if (char === '"') {
      inDouble = !inDouble;
      index++;
    } else if (char === '$' && next === '{') {
      const close = closingBrace(text, index + 2);
      if (close < 0) {
        value += text.slice(index);
        resolved = false;
        break;
      }
      const inner = expandBraced(text.slice(index + 2, close), vars, depth);
      value += inner.value;
      if (!inner.resolved) resolved = false;
      index = close + 1;
    } else if (char === '$') {
      NAME.lastIndex = index + 1;
      const name = NAME.exec(text)?.[0];
      if (name === undefined) {
        value += char;
        index++;
        continue;
      }
      const current = vars.get(name);
      if (current !== undefined) value += current;
      else {
        value += `$${name}`;
        resolved = false;
      }
      index += 1 + name.length;
    } else {
      value += char;
      index++;
    }
  }
  return { value, resolved };
}

function parseArgs(rest: string, vars: Vars): void {
  // ARG NAME[=default] [NAME2[=default2] ...]; defaults may be quoted, in whole or in part.
  const pattern = /([A-Za-z_][A-Za-z0-9_]*)(?:=((?:"(?:[^"\\]|\\.)*"|'[^']*'|[^\s"'])*))?/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(rest)) !== null) {
    const name = match[1]!;
    const raw = match[2];
    if (raw === undefined) {
      if (!vars.has(name)) vars.set(name, undefined);
      continue;
    }
    const expanded = expandVariables(raw, vars);
    vars.set(name, expanded.resolved ? expanded.value : undefined);
  }
}

function stripQuotes(value: string): { value: string; shift: number } {
  if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value[value.length - 1] === value[0]) {
    return { value: value.slice(1, -1), shift: 1 };
  }
  return { value, shift: 0 };
}

export function scanDockerfile(file: SourceFile): DockerfileScan {
  const { instructions, directives } = splitInstructions(file.text);
  const globals: Vars = new Map();
  let stageVars: Vars = new Map();
  const stageNames = new Set<string>();
  const stages: DockerfileScan['stages'] = [];
  const images: ImageReference[] = [];
  let seenFrom = false;
  let currentStage: string | undefined;

  const addImage = (raw: string, position: { line: number; column: number }, vars: Vars, allowStage: boolean): string | undefined => {
    const expanded = expandVariables(raw, vars);
    const value = expanded.value;
    if (allowStage && (stageNames.has(raw.toLowerCase()) || stageNames.has(value.toLowerCase()))) return undefined;
    if (value.toLowerCase() === 'scratch') return undefined;
    const status = expanded.resolved ? parseImageReference(value).status : 'unresolved';
    const ref: ImageReference = {
      path: file.path,
      line: position.line,
      column: position.column,
      image: value,
      status,
      source: 'dockerfile',
    };
    if (currentStage) ref.container = currentStage;
    images.push(ref);
    return value;
  };

  if (directives.syntax) {
    // Not expanded: directives are read before any ARG exists.
    const { value, line, column } = directives.syntax;
    images.push({ path: file.path, line, column, image: value, status: parseImageReference(value).status, source: 'dockerfile' });
  }

  for (const instruction of instructions) {
    const tokens = tokenize(instruction.text);
    const rest = tokens.slice(1);
    switch (instruction.keyword) {
      case 'ARG': {
        const text = instruction.text.replace(/^\s*[A-Za-z]+\s*/, '');
        parseArgs(text, seenFrom ? stageVars : globals);
        break;
      }
      case 'FROM': {
        seenFrom = true;
        stageVars = new Map();
        let index = 0;
        while (index < rest.length && rest[index]!.value.startsWith('--')) index++;
        const imageToken = rest[index];
        if (!imageToken) break;
        let alias: string | undefined;
        if (rest[index + 1] && rest[index + 1]!.value.toLowerCase() === 'as' && rest[index + 2]) {
          alias = rest[index + 2]!.value.toLowerCase();
        }
        currentStage = alias;
        const { value, shift } = stripQuotes(imageToken.value);
        const position = locate(instruction, imageToken.offset + shift);
        const image = addImage(value, position, globals, true);
        stages.push({ ...(alias ? { name: alias } : {}), line: instruction.line, image: image ?? value });
        if (alias) stageNames.add(alias);
        break;
      }
      case 'COPY':
      case 'RUN': {
        for (const token of rest) {
          if (!token.value.startsWith('--')) break;
          let fromValue: string | undefined;
          let fromOffset = 0;
          if (instruction.keyword === 'COPY') {
            const match = /^--from=(.+)$/i.exec(token.value);
            if (match) {
              fromValue = match[1]!;
              fromOffset = token.offset + '--from='.length;
            }
          } else {
            const match = /^(--mount=(?:[^,]*,)*?)from=([^,]+)/i.exec(token.value);
            if (match) {
              fromValue = match[2]!;
              fromOffset = token.offset + match[1]!.length + 'from='.length;
            }
          }
          if (fromValue === undefined) continue;
          const { value, shift } = stripQuotes(fromValue);
          if (/^\d+$/.test(value)) continue; // stage index
          const vars: Vars = new Map([...globals, ...stageVars]);
          addImage(value, locate(instruction, fromOffset + shift), vars, true);
        }
        break;
      }
      default:
        break;
    }
  }
  return { images, stages };
}
