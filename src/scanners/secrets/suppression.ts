// Inline allow comments: `# readiness-gate:allow <reason>` on the finding's line or the line above.

export const ALLOW_MARKER = 'readiness-gate:allow';

/** Comment openers accepted before the marker: `#`, `//`, `/*`, `<!--`, `--`, and `;` at line start (INI). */
const COMMENT_OPENER = /#|\/\/|\/\*|<!--|--|^\s*;/;

export interface AllowComment {
  /** Why the finding is accepted; undefined when the comment gives no reason (then it does not apply). */
  reason: string | undefined;
}

/** The allow comment on a line, if any. */
export function allowCommentOn(lineText: string): AllowComment | undefined {
  const at = lineText.toLowerCase().indexOf(ALLOW_MARKER);
  if (at === -1) return undefined;
  if (!COMMENT_OPENER.test(lineText.slice(0, at))) return undefined;
  let rest = lineText.slice(at + ALLOW_MARKER.length);
  // The reason ends where the comment does.
  for (const closer of ['*/', '-->']) {
    const end = rest.indexOf(closer);
    if (end !== -1) rest = rest.slice(0, end);
  }
  const reason = rest.replace(/^[\s:=\u2013\u2014-]+/, '').trim();
  return { reason: reason.length > 0 ? reason.slice(0, 200) : undefined };
}

export const MISSING_REASON_NOTE =
  ' (the readiness-gate:allow comment is ignored: it needs a reason, e.g. "readiness-gate:allow test fixture")';
