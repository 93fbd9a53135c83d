// Dockerfile / Containerfile: FROM, COPY --from and RUN --mount=from= image references.
// Handles parser directives (escape), line continuations, comments inside continuations,
// heredocs, global ARG defaults in FROM, stage names and `scratch`.
import type { ImageReference, SourceFile } from '../types.js';
import { parseImageReference } from './reference.js';

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

function splitInstructions(text: string): Instruction[] {
  const lines = text.split(/\r\n|\r|\n/);
  let escape = '\\';
  // Parser directives: only at the very top, before any instruction, comment or blank line.
  for (const line of lines) {
    const directive = /^#\s*([a-zA-Z]+)\s*=\s*(\S+)\s*$/.exec(line);
    if (!directive) break;
    if (directive[1]!.toLowerCase() === 'escape' && (directive[2] === '`' || directive[2] === '\\')) escape = directive[2];
  }
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
  return out;
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

/** Expands `$VAR`, `${VAR}`, `${VAR:-word}`, `${VAR:+word}`; unknown variables leave it unresolved. */
export function expandVariables(text: string, vars: Vars): { value: string; resolved: boolean } {
  let resolved = true;
  const value = text.replace(
    /\\\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|\$\{[^}]*\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (whole, braced: string | undefined, op: string | undefined, word: string | undefined, bare: string | undefined) => {
      if (whole === '\\$') return '$';
      const name = braced ?? bare;
      if (name === undefined) {
        resolved = false; // ${var#pattern} and other forms we do not evaluate
        return whole;
      }
      const known = vars.has(name);
      const current = vars.get(name);
      if (op === ':-' || op === '-') {
        const useCurrent = known && current !== undefined && (op === '-' || current !== '');
        if (useCurrent) return current!;
        const inner = expandVariables(word ?? '', vars);
        if (!inner.resolved) resolved = false;
        return inner.value;
      }
      if (op === ':+' || op === '+') {
        if (!known || current === undefined) {
          // Unset at build time unless passed with --build-arg; nothing we can know.
          if (!known) resolved = false;
          return '';
        }
        if (op === ':+' && current === '') return '';
        const inner = expandVariables(word ?? '', vars);
        if (!inner.resolved) resolved = false;
        return inner.value;
      }
      if (known && current !== undefined) return current;
      resolved = false;
      return whole;
    },
  );
  return { value, resolved };
}

function parseArgs(rest: string, vars: Vars): void {
  // ARG NAME[=default] [NAME2[=default2] ...]; defaults may be quoted.
  const pattern = /([A-Za-z_][A-Za-z0-9_]*)(?:=("(?:[^"\\]|\\.)*"|'[^']*'|\S*))?/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(rest)) !== null) {
    const name = match[1]!;
    const raw = match[2];
    if (raw === undefined) {
      if (!vars.has(name)) vars.set(name, undefined);
      continue;
    }
    let value = raw;
    if ((value.startsWith('"') && value.endsWith('"') && value.length >= 2) || (value.startsWith("'") && value.endsWith("'") && value.length >= 2)) {
      value = value.slice(1, -1);
    }
    const expanded = expandVariables(value, vars);
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
  const instructions = splitInstructions(file.text);
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
