// Lists in messages stay short however long the input: the first few, then "and N more".

const formatCount = new Intl.NumberFormat('en-US');

/** `a, b, c and 1,990 more` for a list longer than `max`; `a, b and c` otherwise. */
export function capList(items: readonly string[], max = 5): string {
  if (items.length <= max) return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}` : (items[0] ?? '');
  return `${items.slice(0, max).join(', ')} and ${formatCount.format(items.length - max)} more`;
}

/** `1 secret`, `2 secrets`, `1,200 secrets`. */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount.format(n)} ${n === 1 ? singular : plural}`;
}
