// Everything a manifest or repository supplies is untrusted by the time it reaches markdown:
// it must not open HTML, links, tables, headings or @mentions in a PR comment.

const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-.!|~]/g;

/** Escapes text for a markdown paragraph or table cell; collapses line breaks. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?|\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`)
    // A zero-width space after @ stops GitHub from notifying the named user or team.
    .replace(/@/g, '@\u200B')
    // Bare URLs would autolink; break the scheme so they render as text.
    .replace(/:\/\//g, ':\u200B//');
}

/** An inline code span safe inside a table: long enough fence, no pipes, no line breaks. */
export function inlineCode(text: string): string {
  const flat = text.replace(/\r\n?|\n/g, ' ').replace(/\|/g, '\\|');
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}
