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
  return material.length >= 64;
}

/**
 * The body of a PEM-style block: the pattern finds the BEGIN line, the END line is found with
 * `indexOf` (at most 20,000 characters on), so the search is linear however many blocks a file has.
 */
export function blockBody(begin: RegExpExecArray, ctx: ExtractContext, endMarker: string): ExtractedSecret | undefined {
  const bodyStart = begin.index + (begin[0] as string).length;
  const end = ctx.text.indexOf(endMarker, bodyStart);
  if (end === -1 || end - bodyStart > 20000) return undefined;
  const raw = ctx.text.slice(bodyStart, end);
  const lead = (/^(?:\s|\\[nr])*/.exec(raw) as RegExpExecArray)[0].length;
  const body = raw.slice(lead).replace(/(?:\s|\\[nr])+$/, '');
  if (!hasKeyMaterial(body) || isPlaceholderOrReference(body)) return undefined;
  ctx.skipTo(end + endMarker.length);
  return { secret: body, start: bodyStart + lead };
}

