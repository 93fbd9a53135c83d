// PEM-style blocks: the pattern finds the BEGIN line, code finds the END line.
import { isPlaceholderOrReference } from '../placeholders.js';
import type { ExtractContext, ExtractedSecret } from '../rule.js';

/** Enough base64 key material once headers (Proc-Type, DEK-Info, Version, Comment) are removed. */
export function hasKeyMaterial(body: string): boolean {
  const material = body
    .replace(/\\[nr]/g, '\n')
    .split(/\r?\n/)
    .filter((line) => !/^[A-Za-z-]+:/.test(line.trim()))
    .join('')
    .replace(/[^A-Za-z0-9+/]/g, '');
  // 40 characters is 30 bytes: shorter bodies are truncated doc examples (`MIIEowIBAAKCAQEA...`).
  return material.length >= 40;
}

const MAX_BODY = 20000;

/**
 * Where the block ends: its END marker, else any `-----END` line (a mistyped or mislabelled end
 * still closes a leaked key), at most MAX_BODY characters on. Found with `indexOf`, so the search
 * is linear however many blocks a file has.
 */
function blockEnd(text: string, bodyStart: number, endMarker: string): { end: number; after: number } | undefined {
  const end = text.indexOf(endMarker, bodyStart);
  if (end !== -1 && end - bodyStart <= MAX_BODY) return { end, after: end + endMarker.length };
  const loose = text.indexOf(endMarker.slice(0, endMarker.indexOf('END') + 3), bodyStart);
  if (loose === -1 || loose - bodyStart > MAX_BODY) return undefined;
  return { end: loose, after: loose + endMarker.indexOf('END') + 3 };
}

/** The body of a PEM-style block: the pattern finds the BEGIN line, code finds the END line. */
export function blockBody(begin: RegExpExecArray, ctx: ExtractContext, endMarker: string): ExtractedSecret | undefined {
  const bodyStart = begin.index + (begin[0] as string).length;
  const bounds = blockEnd(ctx.text, bodyStart, endMarker);
  if (!bounds) return undefined;
  const { end, after } = bounds;
  const raw = ctx.text.slice(bodyStart, end);
  const lead = (/^(?:\s|\\[nr])*/.exec(raw) as RegExpExecArray)[0].length;
  const body = raw.slice(lead).replace(/(?:\s|\\[nr])+$/, '');
  if (!hasKeyMaterial(body) || isPlaceholderOrReference(body)) return undefined;
  ctx.skipTo(after);
  return { secret: body, start: bodyStart + lead };
}

