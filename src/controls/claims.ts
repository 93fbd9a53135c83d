// What counts as a claim: a value that says something. Placeholders ("none", "n/a", "tbd",
// "todo", "-", empty) are the absence of a claim, wherever they appear in a manifest.

const PLACEHOLDER = /^(none|n\/a|na|tbd|tba|todo|null|nil|-+|\?+)?$/i;
const PLACEHOLDER_PREFIX = /^(todo|tbd|fixme)([^a-z]|$)/i;

export function isPlaceholder(value: string): boolean {
  const v = value.trim().replace(/\.$/, '').trim();
  return PLACEHOLDER.test(v) || PLACEHOLDER_PREFIX.test(v);
}

/** True when the value is present and not a placeholder; numbers and true are claims. */
export function isClaimed(value: string | number | boolean | undefined | null): boolean {
  if (value === undefined || value === null || value === false) return false;
  if (typeof value === 'number' || value === true) return true;
  return !isPlaceholder(value);
}

/** `a, b, c and 1,990 more`: a message stays short however long the list. */
export function listCapped(items: readonly string[], max = 10, separator = ', '): string {
  if (items.length <= max) return items.join(separator);
  return `${items.slice(0, max).join(separator)} and ${(items.length - max).toLocaleString('en-US')} more`;
}
