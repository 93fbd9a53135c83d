// The sticky PR comment: a hidden marker naming the check (so each check name keeps exactly
// one comment) and a hash of the content (so `comment: on-change` can skip an identical
// update), then the report, kept under GitHub's 65,536-character limit.
import { createHash } from 'node:crypto';
import type { Report } from '../report/types.js';
import { renderMarkdown, type MarkdownOptions } from './markdown.js';
import { truncateChars } from './truncate.js';

export const COMMENT_LIMIT = 65_536;

export interface RenderedComment {
  /** Every version of this check's comment starts with it. */
  marker: string;
  /** Present only in a comment with this exact content. */
  contentMarker: string;
  body: string;
}

/** The check name is URL-encoded so no name can close the HTML comment or forge another marker. */
export function commentMarker(checkName: string): string {
  return `<!-- readiness-gate:comment check=${encodeURIComponent(checkName)} `;
}

export function renderComment(report: Report, options: MarkdownOptions & { checkName: string; summaryUrl?: string }): RenderedComment {
  const marker = commentMarker(options.checkName);
  const where = options.summaryUrl ? `[the job summary](${options.summaryUrl})` : 'the job summary';
  const content = renderMarkdown(report, options);
  const hash = createHash('sha256').update(content).digest('hex').slice(0, 16);
  const contentMarker = `hash=${hash} -->`;
  const head = `${marker}${contentMarker}\n`;
  const body = head + truncateChars(content, COMMENT_LIMIT - head.length, `\n\n**Truncated**: this comment is limited to 65,536 characters; see ${where} for the full report.\n`);
  return { marker, contentMarker, body };
}
