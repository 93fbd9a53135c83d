// V8 keeps a substring of 13 or more characters as a view into the string it was cut from, so
// a short name cut from a 1 MiB file and kept in a cache keeps the whole file's text alive.

/** A copy of `s` that shares no storage with the text it was cut from. */
export function ownString(s: string): string {
  // JSON.parse builds a new flat string; substrings shorter than 13 characters are copies already.
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}
