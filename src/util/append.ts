// `into.push(...from)` passes every element as an argument and overflows the stack past roughly
// 100,000 of them; a big repository can have that many files, findings or report lines.

/** Appends `from` to `into` in place, however long `from` is. */
export function appendAll<T>(into: T[], from: readonly T[]): void {
  for (let i = 0; i < from.length; i++) into.push(from[i] as T);
}
